import { addDays, type CalendarDate } from "../calendar";
import type { DailySales } from "./velocity";

/** `days` consecutive days of sales ending the day before `today`; units by index, oldest first. */
export function historyBefore(
  today: CalendarDate,
  days: number,
  units: (index: number, date: CalendarDate) => number,
  discountPercent = 0,
): DailySales[] {
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(today, i - days);
    return { date, units: units(i, date), discountPercent };
  });
}
