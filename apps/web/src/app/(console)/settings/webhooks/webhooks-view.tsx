"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Card, Text } from "@tremor/react";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { ErrorState, LoadingState } from "~/components/query-state";
import { useMember } from "~/components/use-member";
import { format, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { DeliveriesPanel } from "./deliveries-panel";
import { SubscriptionForm } from "./subscription-form";

const t = messages.webhooks;
const linkButton = "text-sm hover:underline";

export function WebhooksView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { member, can, timeZone } = useMember();
  const canEdit = can("ADMIN");
  const list = useQuery({ ...trpc.webhook.list.queryOptions(), enabled: canEdit });
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey() });
  const create = useMutation(
    trpc.webhook.create.mutationOptions({
      onSuccess: () => {
        setAdding(false);
        return refresh();
      },
    }),
  );
  const setActive = useMutation(trpc.webhook.setActive.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.webhook.remove.mutationOptions({ onSuccess: refresh }));

  if (member.isPending) return <LoadingState />;
  if (!canEdit) return <p className="text-sm text-tremor-content">{t.adminOnly}</p>;
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState message={list.error.message} onRetry={() => list.refetch()} />;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        action={adding ? null : { label: t.add, onClick: () => setAdding(true) }}
      />

      {adding && (
        <Card>
          <SubscriptionForm
            onSubmit={(input) => create.mutate(input)}
            onCancel={() => setAdding(false)}
            error={create.error?.message ?? null}
            pending={create.isPending}
          />
        </Card>
      )}

      {create.data?.secret && (
        <Card decoration="left" decorationColor="amber">
          <p className="text-sm font-medium text-tremor-content-strong">{t.secretOnce}</p>
          <code data-testid="webhook-secret" className="mt-2 block text-sm">
            {create.data.secret}
          </code>
          <button type="button" className={`mt-3 ${linkButton}`} onClick={() => create.reset()}>
            {t.done}
          </button>
        </Card>
      )}

      {list.data.length === 0 ? (
        <Card>
          <Text>{t.empty}</Text>
        </Card>
      ) : (
        <ul className="space-y-3" data-testid="webhook-subscriptions">
          {list.data.map((subscription) => (
            <li key={subscription.id}>
              <Card>
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div>
                    <p className="font-medium text-tremor-content-strong">
                      {subscription.name}{" "}
                      <span className="text-sm font-normal text-tremor-content">
                        {t.kinds[subscription.kind]} · {subscription.url}
                      </span>
                    </p>
                    <p className="text-sm text-tremor-content">
                      {format(t.counts, { pending: subscription.pending, dead: subscription.dead })}{" "}
                      {!subscription.active && <Badge color="gray">{t.paused}</Badge>}
                    </p>
                  </div>
                  <div className="flex gap-3">
                    <button
                      type="button"
                      className={`${linkButton} text-tremor-brand`}
                      onClick={() => setOpen(open === subscription.id ? null : subscription.id)}
                    >
                      {t.deliveries}
                    </button>
                    <button
                      type="button"
                      className={linkButton}
                      onClick={() => setActive.mutate({ id: subscription.id, active: !subscription.active })}
                    >
                      {subscription.active ? t.pause : t.resume}
                    </button>
                    <button
                      type="button"
                      className={`${linkButton} text-rose-600`}
                      onClick={() => remove.mutate({ id: subscription.id })}
                    >
                      {t.delete}
                    </button>
                  </div>
                </div>
                {open === subscription.id && (
                  <DeliveriesPanel subscriptionId={subscription.id} timeZone={timeZone} />
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
