export { allocateLargestRemainder } from "./allocate";
export { type PromotionMargin, type PromotionMarginInput, promotionMargin } from "./margin";
export { priceCart } from "./price-cart";
export type {
  ActivePromotion,
  AppliedCoupon,
  BatchAllocation,
  BundleParams,
  BuyXGetYParams,
  Cart,
  CartLine,
  CouponTerms,
  MarginRule,
  NthItemParams,
  PercentOffParams,
  PresentedCoupon,
  PriceCartInput,
  PricedCart,
  PricedLine,
  PricingProduct,
  PromotionTerms,
  RejectedCoupon,
  SpecialPriceParams,
  StockBatch,
} from "./types";
