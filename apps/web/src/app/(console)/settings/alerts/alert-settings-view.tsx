"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Card, Text } from "@tremor/react";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { ErrorState, LoadingState } from "~/components/query-state";
import { useMember } from "~/components/use-member";
import { format, formatDateTime, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { type Endpoint, EndpointForm } from "./endpoint-form";

const t = messages.alerts;

export function AlertSettingsView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { member, can, timeZone } = useMember();
  const canEdit = can("ADMIN");
  const endpoints = useQuery({ ...trpc.alerts.listEndpoints.queryOptions(), enabled: canEdit });
  const warehouses = useQuery(trpc.batch.filterOptions.queryOptions()).data?.warehouses ?? [];
  const [editing, setEditing] = useState<Endpoint | "new" | null>(null);
  const [results, setResults] = useState<Record<string, string>>({});
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.alerts.listEndpoints.queryKey() });

  const save = useMutation(
    trpc.alerts.saveEndpoint.mutationOptions({
      onSuccess: () => {
        setEditing(null);
        return refresh();
      },
    }),
  );
  const remove = useMutation(trpc.alerts.deleteEndpoint.mutationOptions({ onSuccess: refresh }));
  const test = useMutation(
    trpc.alerts.testEndpoint.mutationOptions({
      onSuccess: (result, { id }) =>
        setResults((all) => ({
          ...all,
          [id]: result.ok
            ? t.testOk
            : format(t.testFailed, {
                code: result.code,
                message: result.message,
                platform: result.platformMessage,
              }),
        })),
    }),
  );

  if (member.isPending) return <LoadingState />;
  if (!canEdit) return <p className="text-sm text-tremor-content">{t.adminOnly}</p>;
  if (endpoints.isPending) return <LoadingState />;
  if (endpoints.isError)
    return <ErrorState message={endpoints.error.message} onRetry={() => endpoints.refetch()} />;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        action={editing === null ? { label: t.add, onClick: () => setEditing("new") } : null}
      />

      {editing !== null && (
        <Card>
          <EndpointForm
            endpoint={editing === "new" ? null : editing}
            warehouses={warehouses}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
            error={save.error?.message ?? null}
            pending={save.isPending}
          />
        </Card>
      )}

      {endpoints.data.length === 0 ? (
        <Card>
          <Text>{t.empty}</Text>
        </Card>
      ) : (
        <ul className="space-y-3" data-testid="endpoints">
          {endpoints.data.map((endpoint) => (
            <li key={endpoint.id}>
              <Card>
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div>
                    <p className="font-medium text-tremor-content-strong">
                      {endpoint.name}{" "}
                      <span className="text-sm font-normal text-tremor-content">
                        {t.kinds[endpoint.kind]} · …{endpoint.tokenHint} · {t.modes[endpoint.mode]}
                      </span>
                    </p>
                    {endpoint.status === "PAUSED" && <Badge color="rose">{t.paused}</Badge>}
                    {endpoint.pendingSince && (
                      <Badge color="amber">
                        {format(t.pending, { time: formatDateTime(endpoint.pendingSince, timeZone) })}
                      </Badge>
                    )}
                  </div>
                  <div className="flex gap-3 text-sm">
                    <button
                      type="button"
                      disabled={test.isPending}
                      className="text-tremor-brand hover:underline disabled:opacity-50"
                      onClick={() => test.mutate({ id: endpoint.id })}
                    >
                      {t.test}
                    </button>
                    <button type="button" className="hover:underline" onClick={() => setEditing(endpoint)}>
                      {t.edit}
                    </button>
                    <button
                      type="button"
                      className="text-rose-600 hover:underline"
                      onClick={() => remove.mutate({ id: endpoint.id })}
                    >
                      {t.delete}
                    </button>
                  </div>
                </div>
                {results[endpoint.id] && (
                  <p role="status" className="mt-2 text-sm text-tremor-content-emphasis">
                    {results[endpoint.id]}
                  </p>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
