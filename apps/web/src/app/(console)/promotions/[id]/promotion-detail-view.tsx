"use client";

import { bandForRemainingDays, type Channel, describePromotionTerms } from "@shelfloop/core";
import { useQuery } from "@tanstack/react-query";
import { Badge, Card, Text } from "@tremor/react";
import Link from "next/link";
import { BAND_COLOR } from "~/components/bands";
import { MarkdownAdviceCard } from "~/components/markdown-advice-card";
import { ErrorState, LoadingState } from "~/components/query-state";
import { remainingLabel } from "~/components/remaining-label";
import { useTenantTimeZone } from "~/components/use-tenant-time-zone";
import { format, formatDateTime, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { PromotionStatusBadge, ruleLabel, TierBadge } from "../promotion-display";
import { AuditTrail } from "./audit-trail";
import { CouponsCard } from "./coupons-card";
import { MarginCard } from "./margin-card";
import { PromotionDecision } from "./promotion-decision";

const t = messages.promotion;

export function PromotionDetailView({ id }: { id: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.promotion.get.queryOptions({ id }));
  const timeZone = useTenantTimeZone();

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState message={query.error.message} onRetry={() => query.refetch()} />;
  const p = query.data;

  return (
    <div className="space-y-6">
      <Link href="/promotions" className="text-sm text-tremor-brand hover:underline">
        ← {t.back}
      </Link>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold text-tremor-content-strong">
          {p.productName} <span className="text-base font-normal text-tremor-content">{p.sku}</span>
        </h1>
        <Text>{format(t.lot, { lot: p.lotCode, warehouse: p.warehouseName })}</Text>
        <div className="flex gap-2">
          <PromotionStatusBadge status={p.status} testId="promotion-status" />
          <TierBadge tier={p.tier} name={p.tierName} />
        </div>
      </div>

      <PromotionDecision promotion={p} timeZone={timeZone} />
      {(p.status === "PENDING_APPROVAL" || p.status === "ACTIVE") && (
        <MarkdownAdviceCard batchId={p.batch.id} />
      )}

      <div className="grid gap-4 md:grid-cols-3">
        <Card className="space-y-2 text-sm">
          <h2 className="font-medium text-tremor-content-strong">{t.terms}</h2>
          <p className="text-lg text-tremor-content-strong" data-testid="promotion-terms">
            {describePromotionTerms(p.terms, { partnerName: p.partnerName })}
          </p>
          <p>{format(t.quantities, { reserved: p.reservedQty, sold: p.soldQty })}</p>
          <p>
            {format(t.channels, {
              channels: p.channels
                .map((channel) => messages.channels[channel as Channel] ?? channel)
                .join("、"),
            })}
          </p>
          <p>{p.stacksWithCoupon ? t.stacks : t.noStack}</p>
          <p>
            {format(t.window, {
              from: formatDateTime(p.startsAt, timeZone),
              to: formatDateTime(p.endsAt, timeZone),
            })}
          </p>
          <p className="text-tremor-content">{format(t.rule, { rule: ruleLabel(p) })}</p>
        </Card>
        <Card className="space-y-2 text-sm">
          <h2 className="font-medium text-tremor-content-strong">{t.batch}</h2>
          <p>{format(t.expiry, { date: p.batch.expiryDate })}</p>
          <Badge color={BAND_COLOR[bandForRemainingDays(p.batch.remainingDays)]}>
            {remainingLabel(p.batch.remainingDays)}
          </Badge>
          <p>{format(t.stock, { onHand: p.batch.qtyOnHand, reserved: p.batch.qtyReserved })}</p>
          <Link href={`/batches/${p.batch.id}`} className="text-tremor-brand hover:underline">
            {t.viewBatch} →
          </Link>
        </Card>
        <MarginCard margin={p.margin} floorPercent={p.marginFloorPercent} allowBelowCost={p.allowBelowCost} />
      </div>

      <CouponsCard coupons={p.coupons} />
      <AuditTrail entries={p.audit} context={{ timeZone, tierNames: { [p.tier]: p.tierName } }} />
    </div>
  );
}
