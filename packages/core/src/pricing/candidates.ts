import { type CalendarDate, daysBetween } from "../calendar";
import { type PricingContext, productLabel } from "./context";
import { promotionMargin } from "./margin";
import type { ActivePromotion } from "./types";
import { promotionProblem } from "./validate";

export interface ScreenedPromotions {
  /** Per cart line, the promotions that may own it, by id. */
  readonly candidates: readonly (readonly ActivePromotion[])[];
  readonly warnings: readonly string[];
}

/** What is wrong with a promotion against this cart's products and stock, or null. */
function stockProblem(ctx: PricingContext, promotion: ActivePromotion): string | null {
  const batchProduct = ctx.productOfBatch.get(promotion.batchId);
  // A promoted batch missing from stock is sold out or expired: the promotion just has nothing to sell.
  if (batchProduct !== undefined && batchProduct !== promotion.productId) return "促销批次不属于该商品";
  if (promotion.type !== "BUY_X_GET_Y") return null;
  const { giftProductId, giftBatchId } = promotion.params;
  if (!ctx.products.has(giftProductId)) return "赠品商品不存在";
  const giftBatchProduct = giftBatchId === undefined ? undefined : ctx.productOfBatch.get(giftBatchId);
  return giftBatchProduct !== undefined && giftBatchProduct !== giftProductId
    ? "赠品批次不属于赠品商品"
    : null;
}

function isActiveOn(promotion: ActivePromotion, today: CalendarDate): boolean {
  return daysBetween(promotion.validFrom, today) >= 0 && daysBetween(today, promotion.validTo) >= 0;
}

/**
 * The promotions that may apply to each line. Ones for another channel, outside their dates, for a
 * product not in the cart, or a bundle whose partner is not in the cart are passed over silently:
 * that is normal. Misconfigured ones, and gift deals below their margin floor, are left out with a
 * warning for the console, so one bad promotion never stops checkout.
 */
export function screenPromotions(
  ctx: PricingContext,
  promotions: readonly ActivePromotion[],
  channel: string,
  today: CalendarDate,
): ScreenedPromotions {
  const idCount = new Map<string, number>();
  for (const promotion of promotions) idCount.set(promotion.id, (idCount.get(promotion.id) ?? 0) + 1);
  const candidates: ActivePromotion[][] = ctx.lines.map(() => []);
  const warnings: string[] = [];
  // Sorted so warnings and candidates come out the same whatever order the caller loaded them in.
  const sorted = [...promotions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const promotion of sorted) {
    const line = ctx.lineOf.get(promotion.productId);
    if (!line || !promotion.channels.includes(channel)) continue;
    // Duplicate ids would make the best-choice tie-break ambiguous, so neither copy is trusted.
    const problem =
      (idCount.get(promotion.id) ?? 0) > 1
        ? "促销编号重复"
        : (promotionProblem(promotion) ?? stockProblem(ctx, promotion));
    if (problem) {
      warnings.push(`促销 ${promotion.id} 未生效：${problem}`);
      continue;
    }
    if (!isActiveOn(promotion, today)) continue;
    if (promotion.type === "BUNDLE" && !ctx.lineOf.has(promotion.params.partnerProductId)) continue;
    if (promotion.type === "BUY_X_GET_Y") {
      const preview = promotionMargin({
        listPriceFen: line.product.listPriceFen,
        costFen: line.product.costFen,
        promotion,
        partner: ctx.products.get(promotion.params.giftProductId),
      });
      if (preview.action === "SKIP") {
        warnings.push(`促销 ${promotion.id} 未生效：${productLabel(line.product)}${preview.warning}`);
        continue;
      }
    }
    candidates[line.index]?.push(promotion);
  }
  return { candidates, warnings };
}
