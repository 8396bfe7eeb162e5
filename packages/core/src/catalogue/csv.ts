export type CsvCell = string | number | null | undefined;

// OWASP "CSV injection": a spreadsheet evaluates a cell starting with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
// A negative amount such as "-12.50" is data, and a spreadsheet reads it as a number, not a formula.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Prefixes `'` to text a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)", "+1",
 * "-1+1"), leaving plain numbers — including negative ones — untouched so they stay numeric.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The inverse of neutraliseFormula, so an exported file imports back to the same values. */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && neutraliseFormula(text.slice(1)) === text ? text.slice(1) : text;
}

/**
 * RFC 4180 CSV with CRLF line ends, prefixed by a UTF-8 byte order mark: without it Excel reads the
 * file in the system code page (GBK on Chinese Windows) and garbles every Chinese character.
 * Text is neutralised against formula injection; numbers are written as they are.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("")}`;
}

function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new RangeError(`CSV 单元格不能是 ${cell}`);
    return String(cell);
  }
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
