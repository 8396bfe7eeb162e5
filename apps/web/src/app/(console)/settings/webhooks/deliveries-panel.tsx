"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Text,
} from "@tremor/react";
import { useState } from "react";
import { ErrorState, LoadingState } from "~/components/query-state";
import { formatDateTime, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.webhooks;
const COLORS = { PENDING: "amber", DELIVERED: "emerald", DEAD: "rose" } as const;

/** One subscription's deliveries, or only its dead letters, each with a 重新投递 button. */
export function DeliveriesPanel({ subscriptionId, timeZone }: { subscriptionId: string; timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [deadOnly, setDeadOnly] = useState(false);
  const input = { subscriptionId, ...(deadOnly ? { status: "DEAD" as const } : {}) };
  const deliveries = useQuery(trpc.webhook.deliveries.queryOptions(input));
  const replay = useMutation(
    trpc.webhook.replay.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }),
  );

  if (deliveries.isPending) return <LoadingState />;
  if (deliveries.isError)
    return <ErrorState message={deliveries.error.message} onRetry={() => deliveries.refetch()} />;
  return (
    <div className="mt-4 space-y-2">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={deadOnly} onChange={(event) => setDeadOnly(event.target.checked)} />
        {t.deadOnly}
      </label>
      {replay.isSuccess && (
        <p role="status" className="text-sm text-tremor-content-emphasis">
          {t.replayed}
        </p>
      )}
      {deliveries.data.length === 0 ? (
        <Text>{t.noDeliveries}</Text>
      ) : (
        <Table>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t.version}</TableHeaderCell>
              <TableHeaderCell>{t.status}</TableHeaderCell>
              <TableHeaderCell>{t.attempts}</TableHeaderCell>
              <TableHeaderCell>{t.lastError}</TableHeaderCell>
              <TableHeaderCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {deliveries.data.map((delivery) => (
              <TableRow key={delivery.id}>
                <TableCell>v{delivery.version}</TableCell>
                <TableCell>
                  <Badge color={COLORS[delivery.status]}>{t.statuses[delivery.status]}</Badge>{" "}
                  <span className="text-xs">{formatDateTime(delivery.updatedAt, timeZone)}</span>
                </TableCell>
                <TableCell>{delivery.attempts}</TableCell>
                <TableCell className="max-w-md whitespace-normal text-xs">
                  {delivery.lastError ?? "—"}
                </TableCell>
                <TableCell>
                  {delivery.status !== "PENDING" && (
                    <button
                      type="button"
                      disabled={replay.isPending}
                      className="text-sm text-tremor-brand hover:underline disabled:opacity-50"
                      onClick={() => replay.mutate({ deliveryId: delivery.id })}
                    >
                      {t.replay}
                    </button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
