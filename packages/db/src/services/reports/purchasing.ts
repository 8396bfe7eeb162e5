import {
  addDays,
  type CalendarDate,
  type PurchasingAdvice,
  purchasingAdvice,
  type ReachedTier,
  type TierPolicy,
  tierRanges,
} from "@shelfloop/core";
import type { Tx } from "../../scope";
import { dbDate } from "../promotions/json";
import { loadTierPolicies, policyForProduct } from "../tiering/policies";

export const ADVICE_LOOKBACK_DAYS = 90;
/** Sales velocity is taken over the last 30 days. */
export const VELOCITY_DAYS = 30;

export interface ProductAdvice extends PurchasingAdvice {
  productId: string;
  productName: string;
  category: string;
  shelfLifeDays: number;
  yellowThresholdDays: number;
  velocity: number;
  typicalDeliveryUnits: number;
  deliveries: number;
}

interface ReceiptRow {
  productId: string;
  productName: string;
  category: string;
  shelfLifeDays: number;
  units: bigint;
  worstTiers: string[];
  expired: boolean;
  daysElapsed: number;
}

/** How far a received batch slid: the most urgent tier of the product's policy it entered, or expired. */
function reachedTier(policy: TierPolicy, row: Pick<ReceiptRow, "worstTiers" | "expired">): ReachedTier {
  if (row.expired) return "expired";
  const keys = policy.tiers.map((tier) => tier.key);
  const worst = Math.max(0, ...row.worstTiers.map((key) => keys.indexOf(key)));
  if (worst === 0) return "none";
  // The policy's most urgent tier is red; any tier before it is yellow.
  return worst === keys.length - 1 ? "red" : "yellow";
}

/** Days left at which a batch of this shelf life enters the policy's first alert tier (0: never). */
function yellowThreshold(policy: TierPolicy, shelfLifeDays: number): number {
  const alerting = tierRanges(policy, shelfLifeDays).filter(
    (range) => range.key !== "EXPIRED" && range.key !== policy.tiers[0]?.key,
  );
  return Math.max(0, ...alerting.map((range) => range.maxDays ?? 0));
}

/**
 * Purchasing advice per product received in the last ADVICE_LOOKBACK_DAYS days: the share of received
 * units that went yellow, red or expired, sales velocity against shelf life, and the largest delivery
 * that sells through before turning yellow — products to cut first.
 */
export async function purchasingAdviceReport(
  tx: Tx,
  today: CalendarDate,
  warehouseId: string | null,
): Promise<ProductAdvice[]> {
  const since = dbDate(addDays(today, -ADVICE_LOOKBACK_DAYS));
  const receipts = await tx.$queryRaw<ReceiptRow[]>`
    SELECT p.id::text AS "productId", p.name AS "productName", p.category, p.shelf_life_days AS "shelfLifeDays",
           r.units, coalesce(array_agg(DISTINCT c.to_tier) FILTER (WHERE c.to_tier IS NOT NULL), '{}') AS "worstTiers",
           (b.expiry_date < ${dbDate(today)} AND (b.qty_on_hand > 0 OR b.status = 'WRITTEN_OFF')) AS expired,
           greatest(0, (r.first_day - b.production_date))::int AS "daysElapsed"
      FROM (SELECT batch_id, sum(units_received) AS units, min(day) AS first_day FROM report_daily_sales
             WHERE day >= ${since} AND units_received > 0
               AND (${warehouseId}::uuid IS NULL OR warehouse_id = ${warehouseId}::uuid)
             GROUP BY batch_id) r
      JOIN batches b ON b.id = r.batch_id
      JOIN products p ON p.id = b.product_id
      LEFT JOIN batch_tier_changes c ON c.batch_id = b.id
     GROUP BY p.id, p.name, p.category, p.shelf_life_days, r.batch_id, r.units, r.first_day, b.expiry_date,
              b.qty_on_hand, b.status, b.production_date`;
  const velocities = await tx.$queryRaw<{ productId: string; units: bigint }[]>`
    SELECT product_id::text AS "productId", sum(units_sold) AS units FROM report_daily_sales
     WHERE day >= ${dbDate(addDays(today, -VELOCITY_DAYS))} AND day < ${dbDate(today)}
       AND (${warehouseId}::uuid IS NULL OR warehouse_id = ${warehouseId}::uuid)
     GROUP BY product_id`;
  const soldBy = new Map(velocities.map((row) => [row.productId, Number(row.units)]));
  const policies = await loadTierPolicies(tx);
  const byProduct = new Map<string, ReceiptRow[]>();
  for (const row of receipts) byProduct.set(row.productId, [...(byProduct.get(row.productId) ?? []), row]);

  return [...byProduct.values()]
    .map((rows) => {
      const [first] = rows as [ReceiptRow, ...ReceiptRow[]];
      const policy = policyForProduct(policies, { id: first.productId, category: first.category });
      const units = rows.map((row) => Number(row.units));
      const total = units.reduce((sum, n) => sum + n, 0);
      const velocity = (soldBy.get(first.productId) ?? 0) / VELOCITY_DAYS;
      const typicalDeliveryUnits = Math.round(total / rows.length);
      const yellowThresholdDays = yellowThreshold(policy, first.shelfLifeDays);
      const daysElapsed = Math.round(rows.reduce((sum, row) => sum + row.daysElapsed, 0) / rows.length);
      const advice = purchasingAdvice({
        shelfLifeDays: first.shelfLifeDays,
        yellowThresholdDays,
        receipts: rows.map((row, i) => ({ units: units[i] ?? 0, reachedTier: reachedTier(policy, row) })),
        velocity,
        typicalDeliveryUnits,
        daysElapsedAtReceipt: daysElapsed,
        lookbackDays: ADVICE_LOOKBACK_DAYS,
      });
      return {
        ...advice,
        productId: first.productId,
        productName: first.productName,
        category: first.category,
        shelfLifeDays: first.shelfLifeDays,
        yellowThresholdDays,
        velocity,
        typicalDeliveryUnits,
        deliveries: rows.length,
      };
    })
    .sort(
      (a, b) =>
        Number(b.verdict === "reduce") - Number(a.verdict === "reduce") ||
        (b.reachedYellowShare ?? 0) - (a.reachedYellowShare ?? 0) ||
        a.productName.localeCompare(b.productName, "zh-CN"),
    );
}
