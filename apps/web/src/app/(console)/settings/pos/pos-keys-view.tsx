"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Card, Text } from "@tremor/react";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { ErrorState, LoadingState } from "~/components/query-state";
import { useMember } from "~/components/use-member";
import { format, formatDateTime, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { KeyForm } from "./key-form";

const t = messages.pos;

export function PosKeysView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { member, can, timeZone } = useMember();
  const canEdit = can("ADMIN");
  const keys = useQuery({ ...trpc.pos.listKeys.queryOptions(), enabled: canEdit });
  const warehouses = useQuery(trpc.warehouse.list.queryOptions()).data ?? [];
  const [adding, setAdding] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.pos.listKeys.queryKey() });
  const create = useMutation(
    trpc.pos.createKey.mutationOptions({
      onSuccess: () => {
        setAdding(false);
        return refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.pos.revokeKey.mutationOptions({ onSuccess: refresh }));

  if (member.isPending) return <LoadingState />;
  if (!canEdit) return <p className="text-sm text-tremor-content">{t.adminOnly}</p>;
  if (keys.isPending) return <LoadingState />;
  if (keys.isError) return <ErrorState message={keys.error.message} onRetry={() => keys.refetch()} />;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t.title}
        subtitle={
          <>
            {t.subtitle}{" "}
            <a href="/api/pos/openapi.json" className="text-tremor-brand hover:underline">
              {t.docs}
            </a>
          </>
        }
        action={adding ? null : { label: t.add, onClick: () => setAdding(true) }}
      />

      {adding && (
        <Card>
          <KeyForm
            warehouses={warehouses}
            onSubmit={(input) => create.mutate(input)}
            onCancel={() => setAdding(false)}
            error={create.error?.message ?? null}
            pending={create.isPending}
          />
        </Card>
      )}

      {create.data && (
        <Card decoration="left" decorationColor="amber">
          <p className="text-sm font-medium text-tremor-content-strong">{t.secretOnce}</p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 font-mono text-sm">
            <dt>{t.keyId}</dt>
            <dd data-testid="pos-key-id">{create.data.keyId}</dd>
            <dt>{t.secret}</dt>
            <dd data-testid="pos-key-secret">{create.data.secret}</dd>
          </dl>
          <button type="button" className="mt-3 text-sm hover:underline" onClick={() => create.reset()}>
            {t.done}
          </button>
        </Card>
      )}

      {keys.data.length === 0 ? (
        <Card>
          <Text>{t.empty}</Text>
        </Card>
      ) : (
        <ul className="space-y-3" data-testid="pos-keys">
          {keys.data.map((key) => (
            <li key={key.id}>
              <Card>
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div>
                    <p className="font-medium text-tremor-content-strong">
                      {key.name}{" "}
                      <span className="text-sm font-normal text-tremor-content">
                        {key.warehouseName} · <code>{key.keyId}</code> ·{" "}
                        {format(t.created, { time: formatDateTime(key.createdAt, timeZone) })}
                      </span>
                    </p>
                    {key.revokedAt && (
                      <Badge color="gray">
                        {format(t.revoked, { time: formatDateTime(key.revokedAt, timeZone) })}
                      </Badge>
                    )}
                  </div>
                  {!key.revokedAt && (
                    <button
                      type="button"
                      className="text-sm text-rose-600 hover:underline"
                      onClick={() => window.confirm(t.revokeConfirm) && revoke.mutate({ id: key.id })}
                    >
                      {t.revoke}
                    </button>
                  )}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
