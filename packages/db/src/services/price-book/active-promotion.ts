import { type ActivePromotion, type PromotionTerms, todayIn } from "@shelfloop/core";
import type { Promotion } from "../../generated/prisma/client";

/** The calendar window a promotion is valid on, in the tenant's timezone. */
export const validWindow = (promotion: { startsAt: Date; endsAt: Date }, timezone: string) => ({
  validFrom: todayIn(timezone, promotion.startsAt),
  validTo: todayIn(timezone, promotion.endsAt),
});

/** A promotion's stored terms (validated when the rule resolved them). */
export const termsOf = (promotion: Pick<Promotion, "terms">) => promotion.terms as unknown as PromotionTerms;

/** A stored promotion in the pricing engine's shape; only its unsold reserved units are on its terms. */
export function toActivePromotion(
  promotion: Promotion,
  productId: string,
  timezone: string,
): ActivePromotion {
  return {
    ...termsOf(promotion),
    id: promotion.id,
    productId,
    batchId: promotion.batchId,
    channels: promotion.channels,
    reservedQty: Math.max(0, promotion.reservedQty - promotion.soldQty),
    stacksWithCoupon: promotion.stacksWithCoupon,
    marginFloorPercent: promotion.marginFloorPercent,
    allowBelowCost: promotion.allowBelowCost,
    priority: 0,
    ...validWindow(promotion, timezone),
  };
}
