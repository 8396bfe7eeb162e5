export { signInConsumer, signInWithWeChat, type WeChatLoginConfig, WeChatLoginError } from "./consumer";
export { availableCoupons } from "./coupon-campaigns";
export { claimCoupon, myCoupons } from "./coupons";
export {
  type ClearanceItem,
  type ClearanceQuery,
  clearanceItem,
  listClearance,
  STOREFRONT_CHANNEL,
} from "./items";
export { type QuoteInput, quoteCart } from "./quote";
export { resolveStorefrontTenant, type StorefrontTenant } from "./tenant";
export { type ConsumerSession, SESSION_TTL_MS, signSessionToken, verifySessionToken } from "./token";
