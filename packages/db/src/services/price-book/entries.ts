import { describePromotionTerms, type PromotionTerms, priceCart } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { partnerIdOf } from "../promotions/rows";
import { toActivePromotion } from "./active-promotion";

/** The promotion as publishing reads it: with its batch's product and the tenant's timezone. */
export type PublishedPromotion = Awaited<ReturnType<typeof loadPromotion>>;

export function loadPromotion(tx: Tx, promotionId: string) {
  return tx.promotion.findUniqueOrThrow({
    where: { id: promotionId },
    include: { batch: { select: { productId: true, expiryDate: true, product: true } } },
  });
}

/** The name shown for a bundle partner or a gift of another product, if the deal has one. */
export async function partnerName(tx: Tx, terms: PromotionTerms, productId: string): Promise<string | null> {
  const partnerId = partnerIdOf(terms, productId);
  if (!partnerId) return null;
  const partner = await tx.product.findUnique({ where: { id: partnerId }, select: { name: true } });
  return partner?.name ?? null;
}

/** "临期特价 ¥8.79", "临期第 2 件 5 折": the deal as the shelf and the mini-program show it. */
export const badgeOf = (terms: PromotionTerms, partner: string | null) =>
  `临期${describePromotionTerms(terms, { partnerName: partner })}`;

/**
 * One unit's shelf price, asked of the pricing engine itself (so margin floor and rounding are the
 * ones checkout applies): a special price or a percentage off lowers it; an n-th item, gift or bundle
 * deal leaves it at list price and the badge tells the deal.
 */
export function shelfPriceFen(promotion: PublishedPromotion, channel: string, timezone: string): number {
  const { product } = promotion.batch;
  const active = toActivePromotion(promotion, product.id, timezone);
  if (active.type !== "SPECIAL_PRICE" && active.type !== "PERCENT_OFF") return product.listPriceFen;
  const priced = priceCart({
    cart: { channel, lines: [{ productId: product.id, quantity: 1 }] },
    products: [product],
    stock: [
      { batchId: promotion.batchId, productId: product.id, expiryDate: active.validFrom, available: 1 },
    ],
    promotions: [active],
    coupons: [],
    today: active.validFrom,
  });
  return priced.lines[0]?.totalFen ?? product.listPriceFen;
}
