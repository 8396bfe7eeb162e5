import type { CalendarDate } from "../calendar";

/** A cart as a channel (mini-program, mall, POS) submits it. */
export interface Cart {
  readonly channel: string;
  /** Absent for an anonymous shopper (a POS walk-in): coupons with a per-customer limit need one. */
  readonly customerId?: string;
  /** Lines of the same product are merged into the first one, so each product is priced once. */
  readonly lines: readonly CartLine[];
}

export interface CartLine {
  readonly productId: string;
  readonly quantity: number;
}

export interface PricingProduct {
  readonly id: string;
  /** Only used to make warnings readable; the id is shown without it. */
  readonly name?: string;
  readonly listPriceFen: number;
  readonly costFen: number;
}

/** One sellable batch. A product's batches are drawn soonest expiry first (FEFO). */
export interface StockBatch {
  readonly batchId: string;
  readonly productId: string;
  readonly expiryDate: CalendarDate;
  /**
   * Units this cart may draw: expired units and units reserved for other promotions already left
   * out, but the units reserved for the promotions passed in counted.
   */
  readonly available: number;
}

export interface SpecialPriceParams {
  readonly unitPriceFen: number;
}

export interface PercentOffParams {
  /** Whole percent, 1–100: 8.5 折 is 15. */
  readonly percentOff: number;
}

export interface NthItemParams {
  /** Every n-th unit is discounted: 第二件半价 is n 2, percentOff 50. */
  readonly n: number;
  readonly percentOff: number;
}

export interface BuyXGetYParams {
  readonly buyQty: number;
  readonly giftProductId: string;
  readonly giftQty: number;
  /**
   * The near-expiry batch a gift of another product comes from; without it, that product's FEFO.
   * A gift of the promoted product itself always comes from the promoted batch.
   */
  readonly giftBatchId?: string;
}

export interface BundleParams {
  /** The best-seller sold with one promoted unit for `bundlePriceFen`. */
  readonly partnerProductId: string;
  readonly bundlePriceFen: number;
}

/** What a promotion does, stored as a type and its params. */
export type PromotionTerms =
  | { readonly type: "SPECIAL_PRICE"; readonly params: SpecialPriceParams }
  | { readonly type: "PERCENT_OFF"; readonly params: PercentOffParams }
  | { readonly type: "NTH_ITEM_PERCENT_OFF"; readonly params: NthItemParams }
  | { readonly type: "BUY_X_GET_Y"; readonly params: BuyXGetYParams }
  | { readonly type: "BUNDLE"; readonly params: BundleParams };

/**
 * How low a promotion may take a price: cost × marginFloorPercent / 100 (110 keeps a 10% markup).
 * A floor below 100 (below cost) only counts when allowBelowCost says the tier's rule is a clearance;
 * otherwise the floor is cost itself.
 */
export interface MarginRule {
  readonly marginFloorPercent: number;
  readonly allowBelowCost: boolean;
}

export type ActivePromotion = PromotionTerms &
  MarginRule & {
    readonly id: string;
    readonly productId: string;
    /** The near-expiry batch the promotion is there to move. */
    readonly batchId: string;
    /** Channels the promotion runs on; a channel not listed gets list price. */
    readonly channels: readonly string[];
    /** Units of the promoted batch sold on the promotion's terms; further units are at list price. */
    readonly reservedQty: number;
    /** Whether a coupon may be used on top; a line under a non-stacking promotion is outside the coupon. */
    readonly stacksWithCoupon: boolean;
    /** Higher wins when two promotions leave the customer paying the same. */
    readonly priority: number;
    /** Inclusive calendar dates in the tenant's timezone. */
    readonly validFrom: CalendarDate;
    readonly validTo: CalendarDate;
  };

export type CouponTerms =
  | { readonly type: "AMOUNT_OFF"; readonly params: { readonly amountFen: number } }
  | { readonly type: "PERCENT_OFF"; readonly params: { readonly percentOff: number } };

export type PresentedCoupon = CouponTerms & {
  readonly code: string;
  /** Measured on the lines the coupon may discount, after their promotions. */
  readonly minSpendFen: number;
  /** Uses allowed per customer; null for no limit. */
  readonly perCustomerLimit: number | null;
  /** Times this customer has already used it. */
  readonly usedByCustomer: number;
  readonly validFrom: CalendarDate;
  readonly validTo: CalendarDate;
};

export interface PriceCartInput {
  readonly cart: Cart;
  readonly products: readonly PricingProduct[];
  readonly stock: readonly StockBatch[];
  readonly promotions: readonly ActivePromotion[];
  readonly coupons: readonly PresentedCoupon[];
  /** The tenant's calendar date (todayIn(timeZone)): promotions and coupons are valid by date. */
  readonly today: CalendarDate;
}

/** Units of one line drawn from one batch, with their share of the line's money. */
export interface BatchAllocation {
  readonly batchId: string;
  readonly quantity: number;
  /** Drawn on the promotion's terms: its reserved units, a bundle's units or a gift. */
  readonly promoted: boolean;
  readonly subtotalFen: number;
  readonly discountFen: number;
  readonly couponDiscountFen: number;
  readonly totalFen: number;
}

export interface PricedLine {
  readonly productId: string;
  /** Units priced and drawn; fewer than asked when stock is short. */
  readonly quantity: number;
  /** Units asked for that no batch could supply; they are not priced (checkout decides). */
  readonly shortQty: number;
  readonly listUnitFen: number;
  readonly subtotalFen: number;
  /** Discount from the line's promotion. */
  readonly discountFen: number;
  readonly couponDiscountFen: number;
  /** subtotalFen − discountFen − couponDiscountFen. */
  readonly totalFen: number;
  readonly promotionId: string | null;
  readonly allocations: readonly BatchAllocation[];
}

export interface AppliedCoupon {
  readonly code: string;
  readonly discountFen: number;
}

export interface RejectedCoupon {
  readonly code: string;
  /** Shown to the shopper, in Chinese. */
  readonly reason: string;
}

export interface PricedCart {
  readonly lines: readonly PricedLine[];
  /** Gifts as lines of their own: list value as discount, total 0. */
  readonly gifts: readonly PricedLine[];
  readonly coupon: AppliedCoupon | null;
  readonly rejectedCoupons: readonly RejectedCoupon[];
  /** List value of every line and gift. */
  readonly subtotalFen: number;
  /** Promotions, gifts and the coupon together. */
  readonly discountFen: number;
  readonly totalFen: number;
  /** For the console (Chinese): promotions ignored or cut back to their margin floor. */
  readonly warnings: readonly string[];
}

/** The active promotions of one type. */
export type PromotionOf<T extends ActivePromotion["type"]> = Extract<ActivePromotion, { type: T }>;
