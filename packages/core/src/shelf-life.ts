import { type CalendarDate, daysBetween } from "./calendar";

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
