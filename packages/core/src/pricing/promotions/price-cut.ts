import type { CartState } from "../cart-state";
import { type ContextLine, productLabel } from "../context";
import { belowFloorWarning, floorFen, headroomFen } from "../floor";
import type { PromotionOf, PromotionTerms } from "../types";
import { nthItemDiscountFen } from "./nth-item";
import { percentOffDiscountFen } from "./percent-off";
import { specialPriceDiscountFen } from "./special-price";

type PriceCutType = "SPECIAL_PRICE" | "PERCENT_OFF" | "NTH_ITEM_PERCENT_OFF";

/** The discount a price cut gives `units` promoted units, before the margin floor. */
export function priceCutDiscountFen(
  terms: Extract<PromotionTerms, { type: PriceCutType }>,
  units: number,
  listUnitFen: number,
): number {
  switch (terms.type) {
    case "SPECIAL_PRICE":
      return specialPriceDiscountFen(terms.params, units, listUnitFen);
    case "PERCENT_OFF":
      return percentOffDiscountFen(terms.params, units, listUnitFen);
    case "NTH_ITEM_PERCENT_OFF":
      return nthItemDiscountFen(terms.params, units, listUnitFen);
  }
}

/**
 * Sells the line's units from the promoted batch, up to reservedQty, at the cut price; the rest go
 * FEFO at list price. The promoted units together never net less than their floor: the discount is
 * cut back (clamped) and the console warned.
 */
export function applyPriceCut(
  state: CartState,
  line: ContextLine,
  promotion: PromotionOf<PriceCutType>,
): void {
  const { listPriceFen, costFen } = line.product;
  const units = state.drawPromoted(line, promotion.batchId, state.promotedStock(promotion));
  const wanted = priceCutDiscountFen(promotion, units, listPriceFen);
  const floor = floorFen(units * costFen, promotion);
  const discount = Math.min(wanted, headroomFen(units * listPriceFen, floor));
  if (discount < wanted)
    state.warn(belowFloorWarning(promotion, productLabel(line.product), wanted - discount));
  state.setDiscount(line, discount, floor);
}
