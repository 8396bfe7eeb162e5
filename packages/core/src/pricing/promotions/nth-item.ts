import { floorDiv, mulDivHalfUp } from "../rounding";
import type { NthItemParams } from "../types";

/**
 * Every n-th unit is percentOff off (第二件半价: n 2, 50 — 3 units give one half-price unit),
 * rounded half up once for the line.
 */
export function nthItemDiscountFen(params: NthItemParams, units: number, listUnitFen: number): number {
  return mulDivHalfUp(floorDiv(units, params.n) * listUnitFen, params.percentOff, 100);
}
