import { allocateLargestRemainder } from "./allocate";
import type { GiftResult, LineResult } from "./cart-state";
import { type Draw, unitsOf } from "./stock";
import type { BatchAllocation, PricedLine } from "./types";

function allocation(
  draw: Draw,
  promoted: boolean,
  listUnitFen: number,
  discountFen: number,
  couponDiscountFen: number,
): BatchAllocation {
  const subtotalFen = draw.quantity * listUnitFen;
  return {
    batchId: draw.batchId,
    quantity: draw.quantity,
    promoted,
    subtotalFen,
    discountFen,
    couponDiscountFen,
    totalFen: subtotalFen - discountFen - couponDiscountFen,
  };
}

/**
 * A priced line with its money split over the batches drawn: the promotion's discount over the
 * promoted draws by quantity, the coupon over every draw by its total after that discount, both by
 * largest remainder — so each split sums to the line's figure and no batch goes below zero.
 */
export function pricedLine(result: LineResult, couponDiscountFen: number): PricedLine {
  const list = result.line.product.listPriceFen;
  const draws = [
    ...result.promoted.map((draw) => ({ draw, promoted: true })),
    ...result.regular.map((draw) => ({ draw, promoted: false })),
  ];
  const discounts = allocateLargestRemainder(
    result.discountFen,
    draws.map(({ draw, promoted }) => (promoted ? draw.quantity : 0)),
  );
  const nets = draws.map(({ draw }, k) => draw.quantity * list - (discounts[k] ?? 0));
  const coupons = allocateLargestRemainder(couponDiscountFen, nets);
  return {
    productId: result.line.productId,
    quantity: result.quantity,
    shortQty: result.shortQty,
    listUnitFen: list,
    subtotalFen: result.subtotalFen,
    discountFen: result.discountFen,
    couponDiscountFen,
    totalFen: result.subtotalFen - result.discountFen - couponDiscountFen,
    promotionId: result.promotion?.id ?? null,
    allocations: draws.map(({ draw, promoted }, k) =>
      allocation(draw, promoted, list, discounts[k] ?? 0, coupons[k] ?? 0),
    ),
  };
}

/** A gift as a line of its own: its list value is its discount and it totals 0. */
export function giftLine(gift: GiftResult): PricedLine {
  const list = gift.product.listPriceFen;
  const subtotalFen = unitsOf(gift.draws) * list;
  return {
    productId: gift.product.id,
    quantity: unitsOf(gift.draws),
    shortQty: 0,
    listUnitFen: list,
    subtotalFen,
    discountFen: subtotalFen,
    couponDiscountFen: 0,
    totalFen: 0,
    promotionId: gift.promotion.id,
    allocations: gift.draws.map((draw) => allocation(draw, true, list, draw.quantity * list, 0)),
  };
}
