import Taro from "@tarojs/taro";
import { query, request, saveToken } from "./client";
import type {
  ClearanceDetail,
  ClearancePage,
  Coupon,
  CouponCampaign,
  Quote,
  Session,
  Sort,
  StorefrontConfig,
} from "./types";

export interface ListParams {
  sort: Sort;
  page: number;
  pageSize?: number;
  store?: string;
  category?: string;
}

export const listItems = (params: ListParams) =>
  request<ClearancePage>("GET", `items${query({ pageSize: 20, ...params })}`);

export const getItem = (batchId: string) =>
  request<{ item: ClearanceDetail }>("GET", `items/${encodeURIComponent(batchId)}`).then((r) => r.item);

export const quoteCart = (lines: { productId: string; quantity: number }[], coupons: string[]) =>
  request<{ quote: Quote }>("POST", "quote", { lines, coupons }).then((r) => r.quote);

export const claimCoupon = (promotionId: string) =>
  request<{ coupon: Coupon }>("POST", "coupons/claim", { promotionId }).then((r) => r.coupon);

export const availableCoupons = () =>
  request<{ campaigns: CouponCampaign[] }>("GET", "coupons/available").then((r) => r.campaigns);

export const getConfig = () => request<StorefrontConfig>("GET", "config");

/** Records an accepted 到货/降价提醒 for a product (or any deal of the store when null). */
export const subscribeDealAlert = (productId: string | null, templateId: string) =>
  request<{ dealAlert: { pending: number } }>("POST", "deal-alerts", { productId, templateId });

export const myCoupons = () => request<{ coupons: Coupon[] }>("GET", "coupons/mine").then((r) => r.coupons);

const DEV_OPENID_KEY = "shelfloop.devOpenid";

/** The H5 build's stand-in shopper: one openid per browser, made up on first use. */
function devOpenid(): string {
  const saved = Taro.getStorageSync(DEV_OPENID_KEY) as string;
  if (saved) return saved;
  const made = `h5-dev-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  Taro.setStorageSync(DEV_OPENID_KEY, made);
  return made;
}

/**
 * Signs the shopper in: in WeChat by wx.login's code (the API calls jscode2session), on H5 by the
 * API's dev sign-in (refused by production consoles unless SHELFLOOP_STOREFRONT_DEV_LOGIN=1).
 */
export async function signIn(): Promise<void> {
  let session: Session;
  if (process.env.TARO_ENV === "weapp") {
    const { code } = await Taro.login();
    session = await request<Session>("POST", "session", { code });
  } else {
    session = await request<Session>("POST", "session/dev", { openid: devOpenid() });
  }
  saveToken({ token: session.token, expiresAt: session.expiresAt });
}
