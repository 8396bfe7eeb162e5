import { type CalendarDate, daysBetween } from "../calendar";
import { formatFen } from "../money";
import { allocateCapped } from "./allocate";
import type { LineResult } from "./cart-state";
import { headroomFen } from "./floor";
import { mulDivHalfUp } from "./rounding";
import type { PresentedCoupon } from "./types";
import { couponProblem } from "./validate";

export type CouponOutcome =
  | {
      readonly applied: true;
      readonly discountFen: number;
      /** Per line, in line order. */
      readonly shares: readonly number[];
      /** What the margin floors held back from the coupon's face value. */
      readonly cutFen: number;
    }
  | { readonly applied: false; readonly reason: string };

/** Why a coupon cannot be used whatever the cart holds (in Chinese, for the shopper), or null. */
export function couponRejection(
  coupon: PresentedCoupon,
  customerId: string | undefined,
  today: CalendarDate,
): string | null {
  const problem = couponProblem(coupon);
  if (problem) return `优惠券无效：${problem}`;
  if (daysBetween(today, coupon.validFrom) > 0) return `尚未生效（${coupon.validFrom} 起可用）`;
  if (daysBetween(coupon.validTo, today) > 0) return `已过期（有效期至 ${coupon.validTo}）`;
  if (coupon.perCustomerLimit !== null) {
    // Uses are counted per customer, so an anonymous shopper cannot be checked against the limit.
    if (customerId === undefined) return "该券每人限用，请先登录会员";
    if (coupon.usedByCustomer >= coupon.perCustomerLimit)
      return `每人限用 ${coupon.perCustomerLimit} 次，已用完`;
  }
  return null;
}

/**
 * A coupon on top of the item promotions. Its base is the lines with no promotion or one that
 * stacks with coupons, after those promotions; the minimum spend is measured on that base; a
 * percent coupon is rounded half up once on the base. The discount is split over the base lines
 * in proportion to their totals (largest remainder), no line going below its promotion's floor or
 * below zero; a line at its limit passes its excess on, and what no line can take is not given.
 */
export function applyCoupon(coupon: PresentedCoupon, lines: readonly LineResult[]): CouponOutcome {
  const nets = lines.map((line) =>
    line.promotion === null || line.promotion.stacksWithCoupon ? line.subtotalFen - line.discountFen : 0,
  );
  const base = nets.reduce((acc, net) => acc + net, 0);
  if (base === 0) return { applied: false, reason: "购物车中没有可用券的商品（参加不叠加券促销的商品除外）" };
  if (base < coupon.minSpendFen) {
    return {
      applied: false,
      reason: `未满 ${formatFen(coupon.minSpendFen)}（可用券商品合计 ${formatFen(base)}）`,
    };
  }
  const wanted =
    coupon.type === "AMOUNT_OFF"
      ? Math.min(coupon.params.amountFen, base)
      : mulDivHalfUp(base, coupon.params.percentOff, 100);
  const caps = nets.map((net, k) => headroomFen(net, lines[k]?.floorFen ?? 0));
  const shares = allocateCapped(wanted, nets, caps);
  const discountFen = shares.reduce((acc, share) => acc + share, 0);
  if (discountFen === 0) return { applied: false, reason: "可用券商品已是最低价，无法再优惠" };
  return { applied: true, discountFen, shares, cutFen: wanted - discountFen };
}
