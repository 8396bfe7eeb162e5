import { gtinCheckDigit, isValidGtin } from "../gtin";
import { formatFen } from "../money";

/** A cell parsed into a value, or the reason (Chinese, shown to the user) it could not be. */
export type Parsed<T> = { value: T } | { error: string };

/** Products are stored in a Postgres `integer`, so money and days must fit in 32 bits. */
const MAX_FEN = 2_147_483_647;
/** A typo guard (a date typed into the column, say) well inside the 32-bit limit. */
const MAX_SHELF_LIFE_DAYS = 36_500;

// Thousands separators are accepted only in correct groups of three, as Excel writes them into a CSV
// of a cell formatted "#,##0.00"; "1,5" (a European decimal comma) is rejected rather than guessed.
const YUAN = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Yuan as typed ("12", "12.5", "¥1,234.50", "12元") to integer fen, by string arithmetic only.
 * Digits past the fen must be zeros ("12.300" is fine, "12.345" is an error) so nothing is rounded.
 */
export function parseYuanToFen(text: string): Parsed<number> {
  // NFKC folds full-width digits and "￥" typed with a Chinese IME into their ASCII forms.
  const plain = text
    .normalize("NFKC")
    .replace(/^¥\s*/, "")
    .replace(/\s*元$/, "");
  if (plain.startsWith("-")) return { error: "金额不能为负数" };
  const match = YUAN.exec(plain);
  if (!match?.[1]) return { error: `金额格式不正确：「${text}」，请填写以元为单位的数字，如 12.50` };
  const fraction = match[2] ?? "";
  if (/[^0]/.test(fraction.slice(2))) return { error: `金额最多保留两位小数（精确到分）：「${text}」` };
  const digits = `${match[1].replaceAll(",", "")}${fraction.padEnd(2, "0").slice(0, 2)}`.replace(
    /^0+(?=\d)/,
    "",
  );
  // Checking the length first keeps Number() on at most 10 digits, where it is exact.
  if (digits.length > 10 || Number(digits) > MAX_FEN) {
    return { error: `金额过大：「${text}」，上限为 ${formatFen(MAX_FEN)}` };
  }
  return { value: Number(digits) };
}

/** Integer fen as the plain yuan number a spreadsheet reads as numeric: 123450 → "1234.50". */
export function fenToYuanText(fen: number): string {
  return formatFen(fen).replace(/[¥,]/g, "");
}

/**
 * Shelf life in whole days. Months and years are refused rather than converted: a month is 28–31
 * days, and expiryFromProduction adds calendar months, so any fixed number of days per month would
 * give expiry dates that disagree with the label. The user converts using the product's own label.
 */
export function parseShelfLifeDays(text: string): Parsed<number> {
  const plain = text.normalize("NFKC").toLowerCase();
  if (/(月|年|months?|years?)$/.test(plain)) {
    return {
      error: `保质期请填写天数：「${text}」按月或年计，各月天数不同，无法准确换算，请按包装换算成天数`,
    };
  }
  const days = /^(\d+)\s*(?:天|日|days?|d)?$/.exec(plain)?.[1];
  if (days === undefined) return { error: `保质期应为正整数天数，如 180：「${text}」` };
  if (Number(days) > MAX_SHELF_LIFE_DAYS) {
    return { error: `保质期过长：「${text}」，最多 ${MAX_SHELF_LIFE_DAYS} 天` };
  }
  if (Number(days) === 0) return { error: "保质期必须大于 0 天" };
  return { value: Number(days) };
}

/** A GTIN exactly as written (digits only, check digit verified). */
export function parseGtin(text: string): Parsed<string> {
  const plain = text.normalize("NFKC");
  // What Excel writes into a CSV for a long number in a "General" column: the digits are gone.
  if (/^\d(\.\d+)?e\+\d+$/i.test(plain)) {
    return { error: `条码被 Excel 显示成了科学计数法（${text}），请将该列设为文本格式后重新保存` };
  }
  if (!/^\d+$/.test(plain)) return { error: `条码只能包含数字：「${text}」` };
  if (![8, 12, 13, 14].includes(plain.length)) {
    return {
      error: `条码应为 8、12、13 或 14 位数字，当前 ${plain.length} 位；以 0 开头的条码请将单元格设为文本格式`,
    };
  }
  if (!isValidGtin(plain)) {
    return { error: `条码校验位错误：${plain} 的最后一位应为 ${gtinCheckDigit(plain.slice(0, -1))}` };
  }
  return { value: plain };
}

/** One key per trade item: an EAN-13 and the same number zero-padded to GTIN-14 are the same product. */
export function gtinKey(gtin: string): string {
  return gtin.padStart(14, "0");
}

const ACTIVE_WORDS = new Map<string, boolean>([
  ...["启用", "是", "在售", "上架", "true", "yes", "y", "1", "active"].map((word) => [word, true] as const),
  ...["停用", "否", "停售", "下架", "false", "no", "n", "0", "inactive"].map(
    (word) => [word, false] as const,
  ),
]);

export function parseActive(text: string): Parsed<boolean> {
  const value = ACTIVE_WORDS.get(text.normalize("NFKC").toLowerCase());
  if (value === undefined)
    return { error: `状态应为「启用」或「停用」（也可填 是/否、TRUE/FALSE、1/0）：「${text}」` };
  return { value };
}
