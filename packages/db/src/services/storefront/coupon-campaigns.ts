import { type CouponTerms, calendarDateOf, describeCoupon, todayIn } from "@shelfloop/core";
import type { Database } from "../../client";
import { withTenant } from "../../scope";
import { dbDate } from "../promotions/json";
import { STOREFRONT_CHANNEL } from "./items";
import type { StorefrontTenant } from "./tenant";

interface CampaignRow {
  promotionId: string;
  productName: string;
  terms: CouponTerms;
  minSpendFen: number;
  perCustomerLimit: number | null;
  validTo: Date;
  remaining: bigint;
}

/**
 * 领券中心: the coupons a shopper can claim now — ACTIVE mini-program promotions with unclaimed, unexpired
 * codes — with what each is worth, how many are left and until when. Soonest-ending first.
 */
export function availableCoupons(db: Database, tenant: StorefrontTenant, now: Date) {
  const today = dbDate(todayIn(tenant.timezone, now));
  return withTenant(db, { tenantId: tenant.id }, async (tx) => {
    // Per promotion, the code a claim would hand out next (soonest ending first, as claimCoupon takes
    // it) describes the campaign; the count is of every unclaimed, unexpired code.
    const rows = await tx.$queryRaw<CampaignRow[]>`
      SELECT * FROM (
        SELECT DISTINCT ON (pr.id) pr.id::text AS "promotionId", p.name AS "productName", c.terms,
               c.min_spend_fen AS "minSpendFen", c.per_customer_limit AS "perCustomerLimit",
               c.valid_to AS "validTo", count(*) OVER (PARTITION BY pr.id) AS remaining
          FROM coupons c
          JOIN promotions pr ON pr.id = c.promotion_id
          JOIN batches b ON b.id = pr.batch_id
          JOIN products p ON p.id = b.product_id
         WHERE pr.status = 'ACTIVE' AND ${STOREFRONT_CHANNEL} = ANY(pr.channels)
           AND c.claimed_by IS NULL AND c.valid_to >= ${today}
         ORDER BY pr.id, c.valid_to, c.id) next
       ORDER BY "validTo", "promotionId"
       LIMIT 50`;
    return rows.map((row) => ({
      promotionId: row.promotionId,
      productName: row.productName,
      description: describeCoupon(row.terms, row.minSpendFen),
      perCustomerLimit: row.perCustomerLimit,
      validTo: calendarDateOf(row.validTo),
      remaining: Number(row.remaining),
    }));
  });
}
