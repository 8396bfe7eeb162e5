import type { CalendarDate } from "./calendar";
import { remainingDays } from "./shelf-life";

/**
 * Fixed remaining-days bands used by the dashboard until a tenant defines its own tier policy.
 * Ordered from most to least urgent; `maxDays` is inclusive, null means "no upper bound".
 */
export const REMAINING_BANDS = [
  { key: "EXPIRED", maxDays: -1 },
  { key: "URGENT", maxDays: 30 },
  { key: "WATCH", maxDays: 90 },
  { key: "FRESH", maxDays: null },
] as const;

export type RemainingBand = (typeof REMAINING_BANDS)[number]["key"];
export const REMAINING_BAND_KEYS = REMAINING_BANDS.map((band) => band.key) as [
  RemainingBand,
  ...RemainingBand[],
];

export function bandForRemainingDays(days: number): RemainingBand {
  for (const band of REMAINING_BANDS) {
    if (band.maxDays === null || days <= band.maxDays) return band.key;
  }
  throw new Error("unreachable: the last band has no upper bound");
}

export function bandOf(expiryDate: CalendarDate, today: CalendarDate): RemainingBand {
  return bandForRemainingDays(remainingDays(expiryDate, today));
}

/** Inclusive range of remaining days a band covers, for turning a band filter into a date range. */
export function remainingDaysRange(band: RemainingBand): { min: number | null; max: number | null } {
  const index = REMAINING_BAND_KEYS.indexOf(band);
  const previous = REMAINING_BANDS[index - 1];
  return {
    min: previous ? (previous.maxDays ?? 0) + 1 : null,
    max: REMAINING_BANDS[index]?.maxDays ?? null,
  };
}
