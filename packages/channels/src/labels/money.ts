/**
 * "¥12.90" from 1290 fen. String arithmetic on the integer, never `fen / 100`, so no float can ever
 * print as 12.899999. Callers validate first: `fen` must be a non-negative safe integer.
 */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`金额必须是非负整数（分）：${fen}`);
  const digits = String(fen).padStart(3, "0");
  return `¥${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
