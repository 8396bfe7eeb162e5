import type { CouponTerms, PromotionTerms } from "../pricing/types";

/** Sales channels a promotion can run on. */
export const CHANNELS = ["MINIAPP", "MALL", "POS"] as const;
export type Channel = (typeof CHANNELS)[number];

/** Which batches a rule applies to. Empty lists mean "any". */
export interface RuleCondition {
  /** Tier keys the batch must be in (at least one). */
  readonly tiers: readonly string[];
  readonly categories: readonly string[];
  readonly productIds: readonly string[];
  readonly warehouseIds: readonly string[];
  /** Units on hand the batch must have at least (small remainders are not worth a promotion). */
  readonly minQtyOnHand: number;
}

/**
 * What a rule's promotion does, written for any product the rule matches: prices are shares of the
 * list price, resolved to fen for one product when the promotion is made.
 */
export type TemplateTerms =
  | { readonly type: "SPECIAL_PRICE"; readonly params: { readonly pricePercentOfList: number } }
  | { readonly type: "PERCENT_OFF"; readonly params: { readonly percentOff: number } }
  /** The markdown advisor picks the percent off per batch (the smallest rung that sells it in time), up to a cap. */
  | { readonly type: "ADVISOR_PERCENT_OFF"; readonly params: { readonly maxPercentOff: number } }
  | {
      readonly type: "NTH_ITEM_PERCENT_OFF";
      readonly params: { readonly n: number; readonly percentOff: number };
    }
  | { readonly type: "BUY_X_GET_Y"; readonly params: { readonly buyQty: number; readonly giftQty: number } }
  | {
      readonly type: "BUNDLE";
      /** The partner is the category's best-seller by 30-day sales; the pair sells at this share of both list prices. */
      readonly params: { readonly partner: "CATEGORY_BEST_SELLER"; readonly bundlePercentOfList: number };
    };

export interface CouponTemplate {
  readonly terms: CouponTerms;
  readonly minSpendFen: number;
  /** Codes generated per promotion. */
  readonly quantity: number;
  readonly perCustomerLimit: number | null;
}

export interface PromotionTemplate {
  readonly terms: TemplateTerms;
  readonly durationDays: number;
  readonly channels: readonly Channel[];
  /** Share of the batch's unreserved stock to reserve for the promotion, 1–100. */
  readonly reserveSharePercent: number;
  readonly stacksWithCoupon: boolean;
  /** cost × this / 100 is the lowest price; below 100 only with allowBelowCost (a clearance). */
  readonly marginFloorPercent: number;
  readonly allowBelowCost: boolean;
  readonly coupon: CouponTemplate | null;
  /**
   * Approve without a manager when the deal stays above its floor and the markdown (list value less
   * promotion value of the reserved units) is at most this; null: always wait for a manager.
   */
  readonly autoApproveMaxMarkdownFen: number | null;
}

export interface RuleSpec {
  readonly name: string;
  readonly condition: RuleCondition;
  readonly template: PromotionTemplate;
}

/** The pricing engine's terms, for building ActivePromotion from a stored promotion. */
export type { CouponTerms, PromotionTerms };
