import type { CartState } from "../cart-state";
import type { ContextLine } from "../context";
import { floorFen } from "../floor";
import { floorDiv } from "../rounding";
import type { BuyXGetYParams, PromotionOf } from "../types";

/** Cost of what one set hands over: the bought units and their gifts. */
export function setCostFen(params: BuyXGetYParams, costFen: number, giftCostFen: number): number {
  return params.buyQty * costFen + params.giftQty * giftCostFen;
}

/**
 * Gives giftQty free for every buyQty bought, in whole sets only. A set's bought units come from
 * the promoted batch within reservedQty; a gift of the same product does too (a set then uses
 * buyQty + giftQty reserved units), a gift of another product comes from giftBatchId, else FEFO.
 * Gifts only take stock no paid unit needs. The gifts' list value is their discount; the bought
 * units stay at list price. A deal below its floor never gets here: a gift cannot be part-given,
 * so screening leaves such a promotion out (see candidates.ts).
 */
export function applyBuyXGetY(
  state: CartState,
  line: ContextLine,
  promotion: PromotionOf<"BUY_X_GET_Y">,
): void {
  const { buyQty, giftQty, giftProductId, giftBatchId } = promotion.params;
  const sameProduct = giftProductId === promotion.productId;
  const giftSource = sameProduct ? promotion.batchId : (giftBatchId ?? null);
  const spare = state.spare(giftProductId);
  const giftStock = sameProduct || giftSource === null ? spare : Math.min(spare, state.available(giftSource));
  const sets = Math.min(
    floorDiv(state.outstanding(line), buyQty),
    floorDiv(state.promotedStock(promotion), sameProduct ? buyQty + giftQty : buyQty),
    floorDiv(giftStock, giftQty),
  );
  state.drawPromoted(line, promotion.batchId, sets * buyQty);
  state.gift(promotion, giftProductId, giftSource, sets * giftQty);
  const giftCost = state.product(giftProductId).costFen;
  // The bought units must cover the whole set's floor when a coupon lands on top.
  state.setDiscount(
    line,
    0,
    floorFen(sets * setCostFen(promotion.params, line.product.costFen, giftCost), promotion),
  );
}
