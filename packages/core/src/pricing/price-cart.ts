/**
 * The promotion pricing engine: every channel (mini-program, mall, POS) prices a cart here, so the
 * shopper sees the same price everywhere. Pure: no database, no clock (the caller passes `today`).
 *
 * Money: integer fen throughout; ratios are integer a × b / c (rounding.ts), never floats.
 *
 * Rounding rule — per line, half up, reconciled exactly:
 * - A percent discount is rounded half up once per line on the promoted units' list value (3 × ¥3.33
 *   at 15% off: 999 × 15% = 149.85 → ¥1.50 off, line ¥8.49), not per unit. A percent coupon is
 *   rounded half up once on its base.
 * - Every split of an amount — a bundle over its two lines, a coupon over lines, a line's discount
 *   and coupon share over its batches — is proportional by the largest-remainder method, so the
 *   parts sum to the whole to the fen; no part ever goes below zero.
 * - Line total = subtotal − discount − coupon share; cart total = Σ line totals (gifts total 0);
 *   cart discount = Σ line discounts + coupon shares + gift values = subtotal − total.
 *
 * Margin floor — clamp, not reject: promoted units never net below cost × marginFloorPercent / 100
 * (rounded up; under 100 only when the rule allows below-cost clearance, else cost itself). A price
 * cut or bundle that would go lower is cut back to the floor and the console warned; refusing the
 * cart would break checkout on every channel over a configuration error. A gift cannot be part-given,
 * so a gift deal below its floor is not applied at all (and warned). A coupon never takes a line
 * below its promotion's floor either; lines without a promotion have no floor but never go below 0.
 *
 * Stock: a promotion sells from its promoted batch first, up to reservedQty and what the batch has;
 * gifts and a bundle's promoted item come only from the near-expiry batch (a gift of another product:
 * giftBatchId, else FEFO); everything else goes FEFO at list price. Gifts only take stock no paid
 * unit needs. A line the stock cannot fill is priced for what there is and reports shortQty; the
 * caller (checkout) decides whether to sell the rest.
 *
 * Choice: at most one promotion per line (exclusive; a bundle owns both its lines) and at most one
 * coupon, on lines whose promotion stacks with coupons; the combination with the lowest total wins,
 * ties broken as in best-choice.ts.
 */
import { isCalendarDate } from "../calendar";
import { formatFen } from "../money";
import { giftLine, pricedLine } from "./assemble";
import { chooseBest } from "./best-choice";
import { screenPromotions } from "./candidates";
import { buildContext } from "./context";
import { applyCoupon, couponRejection } from "./coupons";
import type { PriceCartInput, PricedCart, RejectedCoupon } from "./types";

export function priceCart(input: PriceCartInput): PricedCart {
  const { cart, today } = input;
  if (!isCalendarDate(today)) throw new RangeError(`不是有效日期: ${today}`);
  const ctx = buildContext(cart, input.products, input.stock);
  const screened = screenPromotions(ctx, input.promotions, cart.channel, today);

  const seen = new Set<string>();
  const upfront = input.coupons.map((coupon) => {
    const reason = seen.has(coupon.code)
      ? "同一张券重复出示"
      : couponRejection(coupon, cart.customerId, today);
    seen.add(coupon.code);
    return reason;
  });
  const choice = chooseBest(
    ctx,
    screened.candidates,
    input.coupons.filter((_, k) => upfront[k] === null),
  );
  const applied = choice.coupon;

  const rejectedCoupons = input.coupons.flatMap((coupon, k): RejectedCoupon[] => {
    if (coupon === applied?.coupon) return [];
    const reason = upfront[k];
    if (reason) return [{ code: coupon.code, reason }];
    const outcome = applyCoupon(coupon, choice.items.lines);
    return [
      {
        code: coupon.code,
        reason: outcome.applied
          ? `每单限用一张优惠券，已使用更优惠的 ${applied?.coupon.code}`
          : outcome.reason,
      },
    ];
  });

  const lines = choice.items.lines.map((line, k) => pricedLine(line, applied?.outcome.shares[k] ?? 0));
  const gifts = choice.items.gifts.map(giftLine);
  const all = [...lines, ...gifts];
  const warnings = [...screened.warnings, ...choice.items.warnings];
  if (applied && applied.outcome.cutFen > 0) {
    warnings.push(
      `优惠券 ${applied.coupon.code}：部分商品已到成本底线，少优惠 ${formatFen(applied.outcome.cutFen)}`,
    );
  }
  return {
    lines,
    gifts,
    coupon: applied ? { code: applied.coupon.code, discountFen: applied.outcome.discountFen } : null,
    rejectedCoupons,
    subtotalFen: all.reduce((acc, line) => acc + line.subtotalFen, 0),
    discountFen: all.reduce((acc, line) => acc + line.discountFen + line.couponDiscountFen, 0),
    totalFen: all.reduce((acc, line) => acc + line.totalFen, 0),
    warnings,
  };
}
