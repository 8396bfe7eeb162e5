import { type CalendarDate, todayIn } from "@shelfloop/core";
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { loadTierPolicies, policyForProduct } from "./policies";
import { type TierRangeColumns, tierRangeColumns } from "./ranges";

export interface TierChange {
  batchId: string;
  fromTier: string;
  toTier: string;
  remainingDays: number;
}

/** Batches that tiering looks at: stock on hand that has not been written off. */
export const TIERED_BATCHES = Prisma.sql`b.qty_on_hand > 0 AND b.status IN ('ACTIVE', 'QUARANTINED')`;

/** The remaining-days intervals of every product of the tenant in the transaction. */
export async function tenantTierRanges(tx: Tx): Promise<TierRangeColumns> {
  const [policies, products] = await Promise.all([
    loadTierPolicies(tx),
    tx.product.findMany({ select: { id: true, category: true, shelfLifeDays: true } }),
  ]);
  return tierRangeColumns(
    products.map((product) => ({ ...product, policy: policyForProduct(policies, product) })),
  );
}

/** `ranges` as a SQL relation r(product_id, tier, min_days, max_days). */
export const rangesRelation = (ranges: TierRangeColumns) => Prisma.sql`
  unnest(${ranges.productIds}::uuid[], ${ranges.tiers}::text[], ${ranges.minDays}::int[], ${ranges.maxDays}::int[])
    AS r(product_id, tier, min_days, max_days)`;

/**
 * Places every batch of the tenant in its tier for `today`, in one statement: batches whose tier
 * changes are updated and get a BatchTierChange row; nothing else is written, so running again the
 * same day changes nothing. Returns the changes (for batch/tier.changed events).
 */
export async function retierTenant(
  tx: Tx,
  tenant: { tenantId: string; timezone: string },
  now: Date = new Date(),
): Promise<TierChange[]> {
  const today: CalendarDate = todayIn(tenant.timezone, now);
  const ranges = await tenantTierRanges(tx);
  return tx.$queryRaw<TierChange[]>`
    WITH target AS (
      SELECT b.id, b.tier AS from_tier, r.tier AS to_tier, (b.expiry_date - ${today}::date) AS remaining_days
        FROM batches b
        JOIN ${rangesRelation(ranges)}
          ON r.product_id = b.product_id
         AND (b.expiry_date - ${today}::date) BETWEEN r.min_days AND r.max_days
       WHERE b.tenant_id = ${tenant.tenantId}::uuid AND ${TIERED_BATCHES} AND b.tier <> r.tier
         FOR UPDATE OF b
    ), moved AS (
      UPDATE batches b SET tier = t.to_tier, tier_changed_at = ${now}
        FROM target t WHERE b.id = t.id
    ), logged AS (
      INSERT INTO batch_tier_changes (tenant_id, batch_id, from_tier, to_tier, remaining_days, changed_at)
      SELECT ${tenant.tenantId}::uuid, t.id, t.from_tier, t.to_tier, t.remaining_days, ${now} FROM target t
    )
    SELECT id AS "batchId", from_tier AS "fromTier", to_tier AS "toTier", remaining_days AS "remainingDays"
      FROM target ORDER BY remaining_days, id`;
}
