import { type CalendarDate, type TierPolicy, todayIn } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { loadTierPolicies, policyForProduct } from "./policies";
import { tierRangeColumns } from "./ranges";
import { rangesRelation, TIERED_BATCHES } from "./retier-tenant";

export type PolicyScope =
  | { scope: "TENANT" }
  | { scope: "CATEGORY"; category: string }
  | { scope: "PRODUCT"; productId: string };

/**
 * How many batches (and units) would sit in each tier if `candidate` replaced the policy of `scope`:
 * the live preview of the threshold settings. Read-only; the same intervals as tiering itself.
 */
export async function previewTierCounts(
  tx: Tx,
  timezone: string,
  target: PolicyScope,
  candidate: TierPolicy,
) {
  const today: CalendarDate = todayIn(timezone);
  const policies = await loadTierPolicies(tx);
  if (target.scope === "TENANT") policies.tenant = candidate;
  if (target.scope === "CATEGORY") policies.byCategory.set(target.category, candidate);
  if (target.scope === "PRODUCT") policies.byProduct.set(target.productId, candidate);

  const products = await tx.product.findMany({
    where:
      target.scope === "CATEGORY"
        ? { category: target.category }
        : target.scope === "PRODUCT"
          ? { id: target.productId }
          : {},
    select: { id: true, category: true, shelfLifeDays: true },
  });
  const ranges = tierRangeColumns(products.map((p) => ({ ...p, policy: policyForProduct(policies, p) })));
  const rows = await tx.$queryRaw<{ tier: string; batches: number; units: number }[]>`
    SELECT r.tier, count(*)::int AS batches, sum(b.qty_on_hand)::int AS units
      FROM batches b
      JOIN ${rangesRelation(ranges)}
        ON r.product_id = b.product_id
       AND (b.expiry_date - ${today}::date) BETWEEN r.min_days AND r.max_days
     WHERE ${TIERED_BATCHES}
     GROUP BY r.tier`;
  return { today, counts: rows };
}
