import type { ActivePromotion, PromotionTerms } from "../src";

/** The pricing tests' calendar: promotions run through March 2026. */
export const TODAY = "2026-03-10";

/** Everything of a promotion but its terms. */
export type PromotionBase = Partial<Omit<ActivePromotion, "type" | "params">>;
export type PromotionSpec = PromotionTerms & PromotionBase;

/** A POS promotion on the old milk batch for the whole of March, overridden by `spec`. */
export function promo(spec: PromotionSpec): ActivePromotion {
  return {
    id: "p1",
    productId: "milk",
    batchId: "milk-old",
    channels: ["POS"],
    reservedQty: 100,
    stacksWithCoupon: false,
    marginFloorPercent: 100,
    allowBelowCost: false,
    priority: 0,
    validFrom: "2026-03-01",
    validTo: "2026-03-31",
    ...spec,
  };
}
