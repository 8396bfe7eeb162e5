import {
  type CouponTerms,
  calendarDateOf,
  describeCoupon,
  type PresentedCoupon,
  type RejectedCoupon,
  todayIn,
} from "@shelfloop/core";
import type { Database } from "../../client";
import type { Coupon } from "../../generated/prisma/client";
import { type Tx, withTenant } from "../../scope";
import { BusinessError } from "../errors";
import { dbDate } from "../promotions/json";
import { lockConsumer } from "./consumer";
import { STOREFRONT_CHANNEL } from "./items";
import type { StorefrontTenant } from "./tenant";

const couponTerms = (coupon: Pick<Coupon, "terms">) => coupon.terms as unknown as CouponTerms;

/** A coupon as its holder sees it. */
const couponView = (coupon: Coupon) => ({
  code: coupon.code,
  promotionId: coupon.promotionId,
  description: describeCoupon(couponTerms(coupon), coupon.minSpendFen),
  validFrom: calendarDateOf(coupon.validFrom),
  validTo: calendarDateOf(coupon.validTo),
  redeemed: coupon.redeemedAt !== null,
});

/**
 * Claims one unclaimed, still valid code of an ACTIVE mini-program promotion for the consumer, up
 * to the coupon's per-customer limit. The consumer's row is locked so their concurrent claims queue,
 * and the code is taken SKIP LOCKED so two shoppers never get the same one.
 */
export function claimCoupon(
  db: Database,
  tenant: StorefrontTenant,
  consumerId: string,
  promotionId: string,
  now: Date,
) {
  const today = todayIn(tenant.timezone, now);
  return withTenant(db, { tenantId: tenant.id }, async (tx) => {
    const openid = await lockConsumer(tx, consumerId);
    const promotion = await tx.promotion.findFirst({
      where: { id: promotionId, status: "ACTIVE", channels: { has: STOREFRONT_CHANNEL } },
      select: { id: true },
    });
    if (!promotion) throw new BusinessError("NOT_FOUND", "该活动已结束或不存在");
    const [free] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM coupons
       WHERE promotion_id = ${promotionId}::uuid AND claimed_by IS NULL AND valid_to >= ${dbDate(today)}
       ORDER BY valid_to, id LIMIT 1 FOR UPDATE SKIP LOCKED`;
    if (!free) throw new BusinessError("CONFLICT", "优惠券已领完");
    const coupon = await tx.coupon.findUniqueOrThrow({ where: { id: free.id } });
    if (coupon.perCustomerLimit !== null) {
      const held = await tx.coupon.count({ where: { promotionId, claimedBy: openid } });
      if (held >= coupon.perCustomerLimit) {
        throw new BusinessError("CONFLICT", `每人限领 ${coupon.perCustomerLimit} 张，您已领过`);
      }
    }
    return couponView(
      await tx.coupon.update({ where: { id: coupon.id }, data: { claimedBy: openid, claimedAt: now } }),
    );
  });
}

/** The consumer's coupons, newest claim first. */
export function myCoupons(db: Database, tenant: StorefrontTenant, consumerId: string) {
  return withTenant(db, { tenantId: tenant.id }, async (tx) => {
    const openid = await lockConsumer(tx, consumerId);
    const coupons = await tx.coupon.findMany({
      where: { claimedBy: openid },
      orderBy: { claimedAt: "desc" },
    });
    return coupons.map(couponView);
  });
}

/**
 * The codes a shopper presents at quote time as the pricing engine takes them. A code that is unknown,
 * someone else's or already redeemed is rejected here; the engine judges the rest (dates, minimum
 * spend, per-customer uses, stacking).
 */
export async function presentCoupons(
  tx: Tx,
  openid: string | null,
  codes: readonly string[],
): Promise<{ coupons: PresentedCoupon[]; rejected: RejectedCoupon[] }> {
  if (codes.length === 0) return { coupons: [], rejected: [] };
  const found = new Map(
    (await tx.coupon.findMany({ where: { code: { in: [...codes] } } })).map((c) => [c.code, c]),
  );
  const coupons: PresentedCoupon[] = [];
  const rejected: RejectedCoupon[] = [];
  for (const code of codes) {
    const coupon = found.get(code);
    if (!coupon || !openid || coupon.claimedBy !== openid) {
      rejected.push({ code, reason: openid ? "不是您领取的优惠券" : "请先登录再使用优惠券" });
    } else if (coupon.redeemedAt) {
      rejected.push({ code, reason: "该优惠券已使用" });
    } else {
      const usedByCustomer = await tx.coupon.count({
        where: { promotionId: coupon.promotionId, claimedBy: openid, redeemedAt: { not: null } },
      });
      coupons.push({
        ...couponTerms(coupon),
        code,
        minSpendFen: coupon.minSpendFen,
        perCustomerLimit: coupon.perCustomerLimit,
        usedByCustomer,
        validFrom: calendarDateOf(coupon.validFrom),
        validTo: calendarDateOf(coupon.validTo),
      });
    }
  }
  return { coupons, rejected };
}
