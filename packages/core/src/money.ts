/** Money is integer fen everywhere. Formatting is the only place yuan appear. */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额必须是整数分: ${fen}`);
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const cents = abs % 100;
  // abs - cents is an exact multiple of 100, so the division is exact even near MAX_SAFE_INTEGER.
  const yuan = ((abs - cents) / 100).toLocaleString("en-US");
  return `${sign}¥${yuan}.${String(cents).padStart(2, "0")}`;
}
