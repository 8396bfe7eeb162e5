import { randomBytes } from "node:crypto";
import { type CouponTemplate, todayIn } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { dbDate, toJson } from "./json";

/** 32 symbols without 0/O and 1/I, so a code read aloud or typed at the till is not misread. */
const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const COUPON_CODE_LENGTH = 12;

/** A random code: 12 symbols of 5 bits each from the system CSPRNG (60 bits), unguessable. */
function couponCode(): string {
  return Array.from(randomBytes(COUPON_CODE_LENGTH), (byte) => CODE_ALPHABET.charAt(byte & 31)).join("");
}

/**
 * Issues a promotion's coupons, valid over its window as dates in the tenant's timezone. Codes are
 * unique across tenants; the rare collision is skipped and drawn again until all are issued.
 */
export async function issueCoupons(
  tx: Tx,
  promotion: { id: string; tenantId: string; startsAt: Date; endsAt: Date },
  coupon: CouponTemplate,
  timezone: string,
): Promise<number> {
  const row = {
    tenantId: promotion.tenantId,
    promotionId: promotion.id,
    terms: toJson(coupon.terms),
    minSpendFen: coupon.minSpendFen,
    perCustomerLimit: coupon.perCustomerLimit,
    validFrom: dbDate(todayIn(timezone, promotion.startsAt)),
    validTo: dbDate(todayIn(timezone, promotion.endsAt)),
  };
  let issued = 0;
  while (issued < coupon.quantity) {
    const { count } = await tx.coupon.createMany({
      data: Array.from({ length: coupon.quantity - issued }, () => ({ ...row, code: couponCode() })),
      skipDuplicates: true,
    });
    issued += count;
  }
  return issued;
}
