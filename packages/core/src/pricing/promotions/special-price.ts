import type { SpecialPriceParams } from "../types";

/** Discount on `units` sold at the special unit price; a "special" above list never raises the price. */
export function specialPriceDiscountFen(
  params: SpecialPriceParams,
  units: number,
  listUnitFen: number,
): number {
  return units * Math.max(0, listUnitFen - params.unitPriceFen);
}
