/** The storefront API's answers (packages/api/src/storefront, packages/db/src/services/storefront). */

export type Sort = "discount" | "expiry";

export interface ClearanceItem {
  batchId: string;
  productId: string;
  promotionId: string;
  productName: string;
  category: string;
  unit: string;
  priceFen: number;
  originalPriceFen: number;
  /** 第二件半价, 买一赠一, 清仓组合 … */
  badge: string;
  productionDate: string;
  expiryDate: string;
  daysLeft: number;
  store: { id: string; name: string };
}

export interface ClearancePage {
  priceBookVersion: number;
  items: ClearanceItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ClearanceDetail extends ClearanceItem {
  /** The deal's terms in plain Chinese. */
  terms: string;
  stacksWithCoupon: boolean;
  promotedUnitsLeft: number;
  /** Last day of the promotion. */
  validTo: string;
  bundlePartner: { id: string; name: string; listPriceFen: number; bundlePriceFen: number } | null;
}

export interface Coupon {
  code: string;
  promotionId: string;
  description: string;
  validFrom: string;
  validTo: string;
  redeemed: boolean;
}

export interface QuoteLine {
  productId: string;
  quantity: number;
  shortQty: number;
  listUnitFen: number;
  subtotalFen: number;
  discountFen: number;
  couponDiscountFen: number;
  totalFen: number;
  promotionId: string | null;
}

export interface Quote {
  priceBookVersion: number;
  lines: QuoteLine[];
  gifts: QuoteLine[];
  coupon: { code: string; discountFen: number } | null;
  rejectedCoupons: { code: string; reason: string }[];
  subtotalFen: number;
  discountFen: number;
  totalFen: number;
}

export interface Session {
  token: string;
  expiresAt: string;
}

export interface StorefrontConfig {
  /** The subscribe-message template for 到货/降价提醒; null when the merchant has not set it up. */
  dealAlert: { templateId: string } | null;
}

/** A promotion whose coupons can be claimed now. */
export interface CouponCampaign {
  promotionId: string;
  productName: string;
  description: string;
  perCustomerLimit: number | null;
  validTo: string;
  remaining: number;
}
