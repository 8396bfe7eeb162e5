"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Badge,
  Card,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Text,
} from "@tremor/react";
import Link from "next/link";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { ErrorState, LoadingState } from "~/components/query-state";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.inStore.zone;
const field = "rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm";

/**
 * The 临期专区 task list of a store: batches that entered an alert tier but are not yet displayed in
 * one of its clearance-zone locations. Moving a batch there (移入) checks the task off.
 */
export function ClearanceZoneView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const warehouses = useQuery(trpc.warehouse.list.queryOptions());
  const [chosen, setChosen] = useState("");
  const [targets, setTargets] = useState<Record<string, string>>({});
  const warehouseId = chosen || warehouses.data?.[0]?.id || "";
  const tasks = useQuery(trpc.location.zoneTasks.queryOptions({ warehouseId }, { enabled: !!warehouseId }));
  const move = useMutation(
    trpc.stock.moveLocation.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.location.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.batch.pathKey() }),
        ]),
    }),
  );

  if (warehouses.isPending) return <LoadingState />;
  if (warehouses.isError)
    return <ErrorState message={warehouses.error.message} onRetry={() => warehouses.refetch()} />;
  const data = tasks.data;
  const zones = data?.zones ?? [];
  const tierName = (key: string) => data?.tierNames[key] ?? key;
  return (
    <div className="space-y-4">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <label className="block max-w-xs text-sm text-tremor-content-emphasis">
        {t.store}
        <select
          value={warehouseId}
          onChange={(event) => setChosen(event.target.value)}
          className={`mt-1 w-full ${field}`}
        >
          {warehouses.data.map((warehouse) => (
            <option key={warehouse.id} value={warehouse.id}>
              {warehouse.code} {warehouse.name}
            </option>
          ))}
        </select>
      </label>
      {tasks.isPending && warehouseId ? (
        <LoadingState />
      ) : tasks.isError ? (
        <ErrorState message={tasks.error.message} onRetry={() => tasks.refetch()} />
      ) : (
        <>
          {zones.length === 0 && (
            <Card>
              <Text>
                {t.noZone}{" "}
                <Link href="/settings/warehouses#locations" className="text-tremor-brand hover:underline">
                  {t.setUp}
                </Link>
              </Text>
            </Card>
          )}
          {move.error && (
            <p role="alert" className="text-sm text-rose-700">
              {move.error.message}
            </p>
          )}
          {(data?.tasks ?? []).length === 0 ? (
            <Card>
              <Text>{t.empty}</Text>
            </Card>
          ) : (
            <Card className="p-0">
              <Table>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{t.columns.product}</TableHeaderCell>
                    <TableHeaderCell>{t.columns.lot}</TableHeaderCell>
                    <TableHeaderCell>{t.columns.tier}</TableHeaderCell>
                    <TableHeaderCell className="text-right">{t.columns.remaining}</TableHeaderCell>
                    <TableHeaderCell className="text-right">{t.columns.onHand}</TableHeaderCell>
                    <TableHeaderCell>{t.columns.location}</TableHeaderCell>
                    <TableHeaderCell>{t.columns.zone}</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody data-testid="zone-tasks">
                  {(data?.tasks ?? []).map((task) => {
                    const target = targets[task.batchId] ?? zones[0]?.id ?? "";
                    return (
                      <TableRow key={task.batchId}>
                        <TableCell>
                          <Link href={`/batches/${task.batchId}`} className="hover:underline">
                            {task.productName}
                          </Link>{" "}
                          <span className="text-xs text-tremor-content">{task.sku}</span>
                        </TableCell>
                        <TableCell>{task.lotCode}</TableCell>
                        <TableCell>
                          <Badge color="amber">{tierName(task.tier)}</Badge>
                        </TableCell>
                        <TableCell className="text-right">{task.remainingDays}</TableCell>
                        <TableCell className="text-right">
                          {task.qtyOnHand} {task.unit}
                        </TableCell>
                        <TableCell className="font-mono">
                          {task.locationCode ?? messages.inStore.noLocation}
                        </TableCell>
                        <TableCell>
                          {zones.length > 0 && (
                            <span className="flex items-center gap-2">
                              {zones.length > 1 && (
                                <select
                                  aria-label={t.columns.zone}
                                  value={target}
                                  onChange={(event) =>
                                    setTargets((current) => ({
                                      ...current,
                                      [task.batchId]: event.target.value,
                                    }))
                                  }
                                  className={field}
                                >
                                  {zones.map((zone) => (
                                    <option key={zone.id} value={zone.id}>
                                      {zone.code}
                                      {zone.name ? ` ${zone.name}` : ""}
                                    </option>
                                  ))}
                                </select>
                              )}
                              <button
                                type="button"
                                disabled={move.isPending || !target}
                                onClick={() => move.mutate({ batchId: task.batchId, locationId: target })}
                                className="rounded-md bg-tremor-brand px-3 py-1 text-sm text-white disabled:opacity-50"
                              >
                                {t.moveTo}
                                {zones.length === 1 ? ` ${zones[0]?.code}` : ""}
                              </button>
                            </span>
                          )}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </Card>
          )}
        </>
      )}
    </div>
  );
}
