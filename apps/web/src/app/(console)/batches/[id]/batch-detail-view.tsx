"use client";

import { useQuery } from "@tanstack/react-query";
import {
  Badge,
  Card,
  Metric,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Text,
} from "@tremor/react";
import Link from "next/link";
import { MarkdownAdviceCard } from "~/components/markdown-advice-card";
import { ErrorState, LoadingState } from "~/components/query-state";
import { useTenantTimeZone } from "~/components/use-tenant-time-zone";
import { format, formatDateTime, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { BatchActions } from "./batch-actions";

const t = messages.batch;

export function BatchDetailView({ id }: { id: string }) {
  const trpc = useTRPC();
  const batch = useQuery(trpc.batch.get.queryOptions({ id }));
  const timeZone = useTenantTimeZone();

  if (batch.isPending) return <LoadingState />;
  if (batch.isError) return <ErrorState message={batch.error.message} onRetry={() => batch.refetch()} />;
  const b = batch.data;
  const tierName = (key: string) => (key === "EXPIRED" ? "过期" : (b.tierNames[key] ?? key));

  return (
    <div className="space-y-6">
      <Link href="/batches" className="text-sm text-tremor-brand hover:underline">
        ← {t.back}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">
          {b.product.name} <span className="text-base font-normal text-tremor-content">{b.product.sku}</span>
        </h1>
        <Text>{format(t.lot, { lot: b.lotCode, warehouse: b.warehouseName })}</Text>
        <Text data-testid="batch-location">
          {messages.inStore.location}：{b.location?.code ?? messages.inStore.noLocation}
          {b.location?.isClearanceZone ? `（${messages.inStore.locations.clearanceZone}）` : ""}
        </Text>
        <Text>{format(t.dates, { production: b.productionDate, expiry: b.expiryDate })}</Text>
        {b.status !== "ACTIVE" && (
          <Badge color="slate" className="mt-2" data-testid="batch-status">
            {messages.batchActions.statuses[b.status]}
          </Badge>
        )}
      </div>

      <BatchActions batch={b} />

      <MarkdownAdviceCard batchId={b.id} />

      <div className="grid gap-4 sm:grid-cols-4">
        <Card>
          <Text>{t.tier}</Text>
          <Badge color={b.tier.color} size="lg" className="mt-2" data-testid="batch-tier">
            {b.tier.name}
          </Badge>
        </Card>
        <Card>
          <Text>{t.remaining}</Text>
          <Metric data-testid="batch-remaining">{b.remainingDays}</Metric>
        </Card>
        <Card>
          <Text>{t.percentLeft}</Text>
          <Metric>{b.percentLeft}%</Metric>
        </Card>
        <Card>
          <Text>{t.onHand}</Text>
          <Metric>
            {b.qtyOnHand} / {b.qtyReserved} <span className="text-base">{b.product.unit}</span>
          </Metric>
        </Card>
      </div>

      <Card className="p-0">
        <h2 className="px-6 pt-4 font-medium text-tremor-content-strong">{t.tierHistory}</h2>
        {b.tierChanges.length === 0 ? (
          <p className="px-6 py-6 text-sm text-tremor-content">{t.tierHistoryEmpty}</p>
        ) : (
          <Table>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t.columns.time}</TableHeaderCell>
                <TableHeaderCell>{t.columns.change}</TableHeaderCell>
                <TableHeaderCell>{t.columns.remaining}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody data-testid="tier-history">
              {b.tierChanges.map((change) => (
                <TableRow key={change.changedAt.toISOString() + change.toTier}>
                  <TableCell>{formatDateTime(change.changedAt, timeZone)}</TableCell>
                  <TableCell>
                    {tierName(change.fromTier)} → {tierName(change.toTier)}
                  </TableCell>
                  <TableCell>{change.remainingDays}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>

      <Card className="p-0">
        <h2 className="px-6 pt-4 font-medium text-tremor-content-strong">{t.movements}</h2>
        {b.movements.length === 0 ? (
          <p className="px-6 py-6 text-sm text-tremor-content">{t.movementsEmpty}</p>
        ) : (
          <Table>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t.columns.time}</TableHeaderCell>
                <TableHeaderCell>{t.columns.type}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t.columns.quantity}</TableHeaderCell>
                <TableHeaderCell>{t.columns.reason}</TableHeaderCell>
                <TableHeaderCell>{t.columns.reference}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {b.movements.map((movement) => (
                <TableRow key={movement.id}>
                  <TableCell>{formatDateTime(movement.occurredAt, timeZone)}</TableCell>
                  <TableCell>{t.movementTypes[movement.type]}</TableCell>
                  <TableCell className="text-right">
                    {movement.quantity > 0 ? `+${movement.quantity}` : movement.quantity}
                  </TableCell>
                  <TableCell>{movement.reason ?? "—"}</TableCell>
                  <TableCell>
                    {movement.referenceType ? `${movement.referenceType} ${movement.referenceId ?? ""}` : "—"}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
