import { mulDivHalfUp } from "../rounding";
import type { PercentOffParams } from "../types";

/** percentOff of the units' list value, rounded half up once for the line rather than per unit. */
export function percentOffDiscountFen(params: PercentOffParams, units: number, listUnitFen: number): number {
  return mulDivHalfUp(units * listUnitFen, params.percentOff, 100);
}
