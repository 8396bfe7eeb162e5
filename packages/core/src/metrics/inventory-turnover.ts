import { type CalendarDate, daysBetween } from "../calendar";
import { mulDivHalfUp } from "../pricing/rounding";
import { requireNonNegativeFen } from "./guards";

/** Inventory value at cost: opening and closing, or one value per day of the period. */
export type InventoryAtCost =
  | { readonly openingFen: number; readonly closingFen: number }
  | { readonly dailyFen: readonly number[] };

export interface InventoryTurnoverInput {
  readonly costOfGoodsSoldFen: number;
  /** First and last day of the period, both included: 2026-11-01..2026-11-30 is 30 days. */
  readonly periodStart: CalendarDate;
  readonly periodEnd: CalendarDate;
  readonly inventory: InventoryAtCost;
}

export interface InventoryTurnover {
  readonly periodDays: number;
  /** Average inventory at cost, rounded half up to whole fen (2.5 fen → 3). */
  readonly averageInventoryFen: number;
  /** COGS ÷ average inventory; null when the average is 0 (nothing held, nothing to turn). */
  readonly turnover: number | null;
  /** periodDays ÷ turnover; null when turnover is 0 or null (stock that never sells has no "days"). */
  readonly daysOfInventory: number | null;
}

/** Days in an inclusive period, via the shared calendar so no Date/UTC shift can miscount. */
export function periodDays(periodStart: CalendarDate, periodEnd: CalendarDate): number {
  const days = daysBetween(periodStart, periodEnd) + 1;
  if (days < 1) throw new RangeError(`期间结束日早于开始日: ${periodStart} ~ ${periodEnd}`);
  return days;
}

/** Average inventory at cost in fen, rounded half up so it stays integer money. */
export function averageInventoryFen(inventory: InventoryAtCost): number {
  const values = "dailyFen" in inventory ? inventory.dailyFen : [inventory.openingFen, inventory.closingFen];
  if (values.length === 0) throw new RangeError("每日库存金额不能为空");
  const sum = values.reduce((acc, value) => acc + requireNonNegativeFen(value, "库存金额"), 0);
  return mulDivHalfUp(sum, 1, values.length);
}

/**
 * Inventory turnover = COGS in the period ÷ average inventory at cost; days of inventory = period
 * days ÷ turnover. The turnover uses the rounded average, so it matches the figure shown beside it.
 */
export function inventoryTurnover(input: InventoryTurnoverInput): InventoryTurnover {
  const days = periodDays(input.periodStart, input.periodEnd);
  const cogs = requireNonNegativeFen(input.costOfGoodsSoldFen, "销售成本");
  const average = averageInventoryFen(input.inventory);
  const turnover = average === 0 ? null : cogs / average;
  return {
    periodDays: days,
    averageInventoryFen: average,
    turnover,
    daysOfInventory: turnover === null || turnover === 0 ? null : days / turnover,
  };
}
