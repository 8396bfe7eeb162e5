import { type TierPolicy, tierRanges } from "@shelfloop/core";

// Open ends of a remaining-days interval, as SQL integers.
const NO_LOWER = -2_147_483_648;
const NO_UPPER = 2_147_483_647;

/** Column arrays for `unnest`: one row per product and tier, with its remaining-days interval. */
export interface TierRangeColumns {
  productIds: string[];
  tiers: string[];
  minDays: number[];
  maxDays: number[];
}

/**
 * Turns each product's policy into remaining-days intervals, so one SQL statement can tier every
 * batch by a join instead of evaluating policies row by row. Products sharing a policy and shelf life
 * share the computation.
 */
export function tierRangeColumns(
  products: readonly { id: string; shelfLifeDays: number; policy: TierPolicy }[],
): TierRangeColumns {
  const columns: TierRangeColumns = { productIds: [], tiers: [], minDays: [], maxDays: [] };
  const cache = new Map<TierPolicy, Map<number, ReturnType<typeof tierRanges>>>();
  for (const product of products) {
    const byShelfLife = cache.get(product.policy) ?? new Map();
    cache.set(product.policy, byShelfLife);
    const ranges =
      byShelfLife.get(product.shelfLifeDays) ?? tierRanges(product.policy, product.shelfLifeDays);
    byShelfLife.set(product.shelfLifeDays, ranges);
    for (const range of ranges) {
      columns.productIds.push(product.id);
      columns.tiers.push(range.key);
      columns.minDays.push(range.minDays ?? NO_LOWER);
      columns.maxDays.push(range.maxDays ?? NO_UPPER);
    }
  }
  return columns;
}
