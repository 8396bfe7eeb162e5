import { gtinKey } from "@shelfloop/core";

const GTIN_LENGTHS = [8, 12, 13, 14] as const;

/**
 * Every way the trade item of `gtin` can be stored: GTIN-8/12/13 are GTIN-14 with leading zeros
 * dropped, and the catalogue keeps each code as it was written, so "06901234567892" and
 * "6901234567892" are one product and a lookup must ask for both.
 */
export function gtinForms(gtin: string): string[] {
  const key = gtinKey(gtin);
  return GTIN_LENGTHS.filter((length) => /^0*$/.test(key.slice(0, 14 - length))).map((length) =>
    key.slice(14 - length),
  );
}
