import type { Coupon } from "../api/types";

export type CouponState = "usable" | "redeemed" | "expired" | "notYet";

export const COUPON_STATE_TEXT: Record<CouponState, string> = {
  usable: "可使用",
  redeemed: "已使用",
  expired: "已过期",
  notYet: "未生效",
};

/** Today on the device as YYYY-MM-DD (close enough to the tenant's date for a label). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function couponState(coupon: Coupon, today = localToday()): CouponState {
  if (coupon.redeemed) return "redeemed";
  if (coupon.validTo < today) return "expired";
  if (coupon.validFrom > today) return "notYet";
  return "usable";
}
