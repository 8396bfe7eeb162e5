import { type CartLine, type CouponTerms, calendarDateOf, type PresentedCoupon } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { BusinessError } from "../errors";
import { productByGtin } from "../stock";

/** A line as the till sends it: our product id, or the barcode it scanned. */
export type PosSaleLine = { quantity: number } & ({ productId: string } | { gtin: string });

export interface PosSaleRequest {
  lines: PosSaleLine[];
  /** Coupon codes the shopper presented. */
  coupons?: string[] | undefined;
  /** The shopper's member id or WeChat openid, when known (per-customer coupon limits need it). */
  customer?: string | undefined;
}

/** Cart lines by product id, a product sent twice merged into its first line. */
export async function resolveLines(tx: Tx, lines: readonly PosSaleLine[]): Promise<CartLine[]> {
  const merged = new Map<string, number>();
  for (const [index, line] of lines.entries()) {
    const field = `lines.${index}`;
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0)
      throw new BusinessError("BAD_REQUEST", `第 ${index + 1} 行：数量必须是正整数`, `${field}.quantity`);
    const product =
      "productId" in line
        ? await tx.product.findUnique({ where: { id: line.productId }, select: { id: true, active: true } })
        : await productByGtin(tx, line.gtin);
    if (!product?.active)
      throw new BusinessError("BAD_REQUEST", `第 ${index + 1} 行：商品不存在或已停售`, field);
    merged.set(product.id, (merged.get(product.id) ?? 0) + line.quantity);
  }
  if (merged.size === 0) throw new BusinessError("BAD_REQUEST", "销售单没有商品", "lines");
  return [...merged].map(([productId, quantity]) => ({ productId, quantity }));
}

/**
 * The presented coupons as the pricing engine takes them. An unknown code, one already redeemed or one
 * claimed by another shopper is refused outright; whether a valid one applies is the engine's call.
 */
export async function presentedCoupons(
  tx: Tx,
  codes: readonly string[],
  customer: string | undefined,
): Promise<PresentedCoupon[]> {
  const unique = [...new Set(codes.map((code) => code.trim().toUpperCase()))];
  const rows = await tx.coupon.findMany({ where: { code: { in: unique } } });
  return unique.map((code) => {
    const row = rows.find((candidate) => candidate.code === code);
    if (!row) throw new BusinessError("BAD_REQUEST", `优惠券 ${code} 不存在`, "coupons");
    if (row.redeemedAt) throw new BusinessError("CONFLICT", `优惠券 ${code} 已使用`, "coupons");
    if (row.claimedBy && row.claimedBy !== customer)
      throw new BusinessError("CONFLICT", `优惠券 ${code} 已被其他顾客领取`, "coupons");
    return {
      ...(row.terms as unknown as CouponTerms),
      code,
      minSpendFen: row.minSpendFen,
      perCustomerLimit: row.perCustomerLimit,
      // A code is used once; its limit per customer counts other uses, and this one is still unused.
      usedByCustomer: 0,
      validFrom: calendarDateOf(row.validFrom),
      validTo: calendarDateOf(row.validTo),
    };
  });
}
