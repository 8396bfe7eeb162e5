/**
 * Formats an amount in fen (1/100 yuan) as `¥12.50`, negatives as `-¥12.50`.
 * Prices travel as integer fen, so this stays in integer arithmetic: toFixed/parseFloat would
 * reintroduce the binary rounding errors that storing fen is meant to avoid.
 */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`formatFen expects a safe integer amount in fen, got ${fen}`);
  }
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const cents = abs % 100;
  // abs - cents is an exact multiple of 100, so this division is exact even near MAX_SAFE_INTEGER.
  const yuan = (abs - cents) / 100;
  return `${sign}¥${yuan}.${String(cents).padStart(2, "0")}`;
}
