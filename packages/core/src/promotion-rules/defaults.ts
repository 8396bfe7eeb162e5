import type { RuleSpec } from "./types";

/**
 * The rules a new tenant starts with, as common practice runs near-expiry stock: 关注 (YELLOW) →
 * 第二件半价 plus a ¥5-off coupon; 紧急 (RED) → a clearance bundle with the category's best-seller,
 * allowed down to 80% of cost. Tier keys are those of the default tier policy.
 */
export const DEFAULT_RULES: readonly (RuleSpec & { priority: number })[] = [
  {
    name: "紧急：清仓捆绑畅销品",
    priority: 10,
    condition: { tiers: ["RED"], categories: [], productIds: [], warehouseIds: [], minQtyOnHand: 2 },
    template: {
      terms: { type: "BUNDLE", params: { partner: "CATEGORY_BEST_SELLER", bundlePercentOfList: 70 } },
      durationDays: 7,
      channels: ["MINIAPP", "MALL", "POS"],
      reserveSharePercent: 100,
      stacksWithCoupon: false,
      marginFloorPercent: 80,
      allowBelowCost: true,
      coupon: null,
      autoApproveMaxMarkdownFen: null,
    },
  },
  {
    name: "关注：第二件半价 + 满 20 减 5",
    priority: 20,
    condition: { tiers: ["YELLOW"], categories: [], productIds: [], warehouseIds: [], minQtyOnHand: 2 },
    template: {
      terms: { type: "NTH_ITEM_PERCENT_OFF", params: { n: 2, percentOff: 50 } },
      durationDays: 14,
      channels: ["MINIAPP", "MALL", "POS"],
      reserveSharePercent: 50,
      stacksWithCoupon: true,
      marginFloorPercent: 100,
      allowBelowCost: false,
      coupon: {
        terms: { type: "AMOUNT_OFF", params: { amountFen: 500 } },
        minSpendFen: 2000,
        quantity: 50,
        perCustomerLimit: 1,
      },
      autoApproveMaxMarkdownFen: 20_000,
    },
  },
];
