import { addDays, addMonths, type CalendarDate, daysBetween, isCalendarDate } from "./calendar";

/**
 * Days of shelf life left on `today`. A batch is sellable through the end of its expiry date
 * (local time), so 0 means "last day to sell" and a negative number means expired.
 */
export function remainingDays(expiryDate: CalendarDate, today: CalendarDate): number {
  return daysBetween(today, expiryDate);
}

export function isExpired(expiryDate: CalendarDate, today: CalendarDate): boolean {
  return remainingDays(expiryDate, today) < 0;
}

/** A shelf life as printed on the label: "保质期 7 天" or "保质期 12 个月". */
export type ShelfLife = { days: number } | { months: number };

/**
 * The expiry date of a batch produced on `productionDate`.
 *
 * Convention (the same for days and months): expiry = production date + the shelf life, with no
 * "minus one day". Days are plain calendar days. Months keep the day of the month and move N months
 * on; when the target month is shorter the date is clamped to its last day, so 2026-01-31 + 1 month
 * is 2026-02-28 and 2024-01-31 + 1 month is 2024-02-29 — never a date in the month after, which
 * would hand the shopper extra days the manufacturer did not promise. Some manufacturers print one
 * day earlier; when the package carries an explicit expiry date, record that instead.
 */
export function expiryFromProduction(productionDate: CalendarDate, shelfLife: ShelfLife): CalendarDate {
  if (!isCalendarDate(productionDate)) throw new RangeError(`不是有效日期: ${productionDate}`);
  const expiry =
    "days" in shelfLife
      ? addDays(productionDate, positiveInteger(shelfLife.days, "保质期天数"))
      : addMonths(productionDate, positiveInteger(shelfLife.months, "保质期月数"));
  // Only reachable with absurd shelf lives that run past year 9999.
  if (!isCalendarDate(expiry)) {
    throw new RangeError(`保质期过长，到期日超出可表示的日期范围: ${productionDate}`);
  }
  return expiry;
}

function positiveInteger(value: number, label: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${label}必须是正整数: ${value}`);
  return value;
}

/**
 * How much of its shelf life a batch still has, as a whole percent: floor(remaining / total × 100),
 * where remaining = remainingDays(expiry, today) and total = days from production to expiry. Flooring
 * means a batch only shows 100% while it truly has all of it, and shows 0% on its last sellable day.
 * Clamped to 0 once expired and to 100 before the production date (a date typed in advance).
 *
 * Note the PERCENT tier entry compares days, not this rounded percent: a batch in a "33%" tier always
 * shows ≤ 33% here, but a batch showing 33% may not have entered that tier yet (3-day shelf life, 1 day
 * left: 33% shown, threshold floor(3 × 33 / 100) = 0 days).
 */
export function shareOfShelfLifeRemaining(
  productionDate: CalendarDate,
  expiryDate: CalendarDate,
  today: CalendarDate,
): number {
  const total = daysBetween(productionDate, expiryDate);
  if (total < 0) throw new RangeError(`到期日不能早于生产日期: ${productionDate} → ${expiryDate}`);
  const remaining = remainingDays(expiryDate, today);
  if (remaining > total) return 100;
  if (remaining <= 0) return 0;
  // Integer floor division: 0 < remaining ≤ total here, so total > 0 and the result is exact.
  const scaled = remaining * 100;
  return (scaled - (scaled % total)) / total;
}
