import { formatFen } from "../money";
import { mulDivCeil } from "./rounding";
import type { MarginRule } from "./types";

/** The floor as a percent of cost: below 100 only for a rule that explicitly allows clearance. */
export function floorPercent(rule: MarginRule): number {
  return rule.allowBelowCost ? rule.marginFloorPercent : Math.max(100, rule.marginFloorPercent);
}

/** The least `costFen` worth of goods may be sold for under `rule`, rounded up to the fen. */
export function floorFen(costFen: number, rule: MarginRule): number {
  return mulDivCeil(costFen, floorPercent(rule), 100);
}

/** How much of a discount fits between list value and the floor; never a price rise. */
export function headroomFen(listFen: number, floor: number): number {
  return Math.max(0, listFen - floor);
}

/** Console warning for a discount cut back to the floor; `what` names the goods. */
export function belowFloorWarning(
  promotion: MarginRule & { readonly id: string },
  what: string,
  cutFen: number,
): string {
  return `促销 ${promotion.id}：${what}折后低于成本 × ${floorPercent(promotion)}%，已按底线价计（少优惠 ${formatFen(cutFen)}）`;
}
