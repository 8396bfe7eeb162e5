/**
 * ¥ from integer fen, the same output as @shelfloop/core's formatFen (e.g. 123456 → "¥1,234.56").
 *
 * Not imported from @shelfloop/core: that package only exports its whole barrel (GS1 tables, the
 * pricing engine, tier presets) without `sideEffects: false`, so the mini-program's main package
 * would carry all of it for one function; and `toLocaleString` is unreliable in WeChat's JS engines,
 * so the thousands separator is written out here.
 */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) return "—";
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const cents = abs % 100;
  const yuan = String((abs - cents) / 100).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}¥${yuan}.${String(cents).padStart(2, "0")}`;
}
