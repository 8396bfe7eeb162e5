"use client";

import type { PromotionMargin } from "@shelfloop/core";

/** The engine will not sell the deal as configured (raised to its floor, or the gift dropped), or sells it below cost. */
export const needsAttention = (margin: PromotionMargin) => margin.action !== "APPLY" || margin.belowCost;

/** The margin warning of a deal, highlighted; nothing when the deal sells as configured above cost. */
export function MarginWarning({ margin }: { margin: PromotionMargin }) {
  if (!needsAttention(margin) || !margin.warning) return null;
  return (
    <p
      role="note"
      data-testid="margin-warning"
      className={`rounded-tremor-small px-2 py-1 text-xs ${margin.action === "APPLY" ? "bg-amber-50 text-amber-800" : "bg-rose-50 text-rose-700"}`}
    >
      {margin.warning}
    </p>
  );
}
