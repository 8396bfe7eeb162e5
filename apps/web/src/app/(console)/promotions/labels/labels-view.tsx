"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Card, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Text } from "@tremor/react";
import { PageHeader } from "~/components/page-header";
import { ErrorState, LoadingState } from "~/components/query-state";
import { useMember } from "~/components/use-member";
import { format, formatDateTime, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.labels;

const link = (warehouse: string, scope: "ALL" | "CHANGED", layout: "a4-sheet" | "single") =>
  `/api/labels?${new URLSearchParams({ warehouse, scope, layout })}`;

/** 价签打印: per store, the clearance labels to print, and those changed since the last print. */
export function LabelsView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { timeZone } = useMember();
  const status = useQuery(trpc.label.status.queryOptions());
  // A download does not tell the page when it is done: refresh the counts shortly after.
  const printed = () =>
    setTimeout(() => queryClient.invalidateQueries({ queryKey: trpc.label.status.queryKey() }), 1500);

  if (status.isPending) return <LoadingState />;
  if (status.isError) return <ErrorState message={status.error.message} onRetry={() => status.refetch()} />;
  const button =
    "rounded-md border border-tremor-border bg-white px-2 py-1 text-sm hover:bg-tremor-background-subtle";
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <Card>
        <Table>
          <TableHead>
            <TableRow>
              {Object.values(t.columns).map((column) => (
                <TableHeaderCell key={column}>{column}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody data-testid="label-stores">
            {status.data.map((store) => (
              <TableRow key={store.warehouseId}>
                <TableCell>{store.storeName}</TableCell>
                <TableCell>{store.current}</TableCell>
                <TableCell>
                  {store.toReprint > 0 ? (
                    <span className="font-medium text-amber-700">{store.toReprint}</span>
                  ) : (
                    0
                  )}
                  {store.toRemove > 0 && (
                    <Text className="text-xs">{format(t.toRemove, { count: store.toRemove })}</Text>
                  )}
                </TableCell>
                <TableCell>
                  {store.lastPrintedAt ? formatDateTime(store.lastPrintedAt, timeZone) : t.never}
                </TableCell>
                <TableCell className="space-x-2">
                  {store.current > 0 && (
                    <>
                      <a
                        className={button}
                        href={link(store.warehouseId, "ALL", "a4-sheet")}
                        onClick={printed}
                      >
                        {t.printAll}
                      </a>
                      <a className={button} href={link(store.warehouseId, "ALL", "single")} onClick={printed}>
                        {t.printSingle}
                      </a>
                    </>
                  )}
                  {store.toReprint > 0 && (
                    <a
                      className={button}
                      href={link(store.warehouseId, "CHANGED", "a4-sheet")}
                      onClick={printed}
                    >
                      {t.printChanged}
                    </a>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
    </div>
  );
}
