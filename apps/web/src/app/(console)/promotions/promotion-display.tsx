"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { DEFAULT_TIER_POLICY, EXPIRED_TIER, type TierColor } from "@shelfloop/core";
import { Badge } from "@tremor/react";
import { format, messages } from "~/i18n";

export type PromotionStatus = RouterOutputs["promotion"]["get"]["status"];

/** Lifecycle order, for the list's tabs: what needs a manager first. */
export const PROMOTION_STATUSES: readonly PromotionStatus[] = [
  "PENDING_APPROVAL",
  "SCHEDULED",
  "ACTIVE",
  "ENDED",
  "REJECTED",
  "SUPERSEDED",
  "CANCELLED",
];

const STATUS_COLOR: Record<PromotionStatus, "amber" | "sky" | "emerald" | "slate" | "rose"> = {
  PENDING_APPROVAL: "amber",
  SCHEDULED: "sky",
  ACTIVE: "emerald",
  ENDED: "slate",
  REJECTED: "rose",
  SUPERSEDED: "slate",
  CANCELLED: "slate",
};

export function PromotionStatusBadge({ status, testId }: { status: PromotionStatus; testId?: string }) {
  return (
    <Badge color={STATUS_COLOR[status]} data-testid={testId}>
      {messages.promotionStatuses[status]}
    </Badge>
  );
}

// Promotions carry the tier's key and name, not its colour; the default policy's colours keep the
// usual keys (关注 yellow, 紧急 red) recognisable, and a tenant's own keys are drawn neutral.
const TIER_COLOR = new Map<string, TierColor>(
  [...DEFAULT_TIER_POLICY.tiers, EXPIRED_TIER].map((tier) => [tier.key, tier.color]),
);

export function TierBadge({ tier, name }: { tier: string; name: string }) {
  return <Badge color={TIER_COLOR.get(tier) ?? "slate"}>{name}</Badge>;
}

/** "关注：第二件半价 · v2", or the version alone when the rule has since been deleted. */
export const ruleLabel = (row: { ruleName: string | null; ruleVersion: number }) =>
  row.ruleName
    ? format(messages.promotions.ruleVersion, { name: row.ruleName, version: row.ruleVersion })
    : format(messages.promotions.noRule, { version: row.ruleVersion });
