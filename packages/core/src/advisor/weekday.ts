import { type CalendarDate, daysBetween } from "../calendar";

/** Monday = 0 … Sunday = 6. 2024-01-01 was a Monday; daysBetween is pure calendar arithmetic. */
export function weekdayIndex(date: CalendarDate): number {
  return ((daysBetween("2024-01-01", date) % 7) + 7) % 7;
}

export const FLAT_WEEKDAY_FACTORS: readonly number[] = Object.freeze([1, 1, 1, 1, 1, 1, 1]);

/** Weekday factors need every weekday seen at least this often, else one odd Saturday sets the pattern. */
export const MIN_DAYS_FOR_WEEKDAY_EFFECT = 28;

/**
 * Pseudo-units pulling each weekday factor toward 1: f_w = (S_w + A) / (E_w + A), where S_w is the
 * units sold on that weekday and E_w what a flat week would have sold then. This is the gamma–Poisson
 * posterior mean with a prior worth A units, so a slow product (4 units a week) keeps a near-flat
 * pattern while a fast one (hundreds of units) shows its real weekend peak.
 */
export const WEEKDAY_PRIOR_UNITS = 10;

/**
 * Multiplicative weekday factors (Monday first, averaging 1) from daily unit counts. Flat with fewer
 * than 28 days or no sales at all.
 */
export function weekdayFactors(days: readonly { date: CalendarDate; units: number }[]): readonly number[] {
  return weekdayFactorsByIndex(days.map((day) => ({ weekday: weekdayIndex(day.date), units: day.units })));
}

/** weekdayFactors with the weekday already known (0 = Monday), which spares a date parse per day. */
export function weekdayFactorsByIndex(
  days: readonly { weekday: number; units: number }[],
): readonly number[] {
  if (days.length < MIN_DAYS_FOR_WEEKDAY_EFFECT) return FLAT_WEEKDAY_FACTORS;
  const sums = [0, 0, 0, 0, 0, 0, 0];
  const counts = [0, 0, 0, 0, 0, 0, 0];
  let total = 0;
  for (const day of days) {
    const w = day.weekday;
    sums[w] = (sums[w] ?? 0) + day.units;
    counts[w] = (counts[w] ?? 0) + 1;
    total += day.units;
  }
  if (total === 0) return FLAT_WEEKDAY_FACTORS;
  const mean = total / days.length;
  const raw = sums.map(
    (sum, w) => (sum + WEEKDAY_PRIOR_UNITS) / ((counts[w] ?? 0) * mean + WEEKDAY_PRIOR_UNITS),
  );
  const rawMean = raw.reduce((acc, f) => acc + f, 0) / 7;
  return raw.map((f) => f / rawMean);
}
