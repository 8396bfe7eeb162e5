/**
 * Receiving from a spreadsheet: which column is which (Chinese or English headers), and each row's
 * cells read into a draft receipt. Only what a row says by itself is checked here; whether its
 * product exists and its dates make sense for that product is the server's part (planReceipt).
 */
import { type CalendarDate, isCalendarDate } from "./calendar";
import { type Parsed, parseGtin } from "./catalogue/cells";
import { CATALOGUE_COLUMNS } from "./catalogue/columns";
import { restoreNeutralised } from "./catalogue/csv";
import { headerKey } from "./catalogue/header";
import type { RowError } from "./catalogue/validate";

/** Rows one receiving file may hold: they are all received in one transaction. */
export const MAX_RECEIPT_ROWS = 1_000;
export const MAX_LOT_CODE_LENGTH = 50;
/** A typo guard (a barcode pasted into the quantity column, say). */
const MAX_QUANTITY = 1_000_000;

export type ReceiptRowField = "sku" | "gtin" | "lotCode" | "productionDate" | "expiryDate" | "quantity";

/** One row as received: the product by SKU or barcode (at least one), a lot, at least one date. */
export interface ReceiptRowDraft {
  sku?: string;
  gtin?: string;
  lotCode: string;
  productionDate?: CalendarDate;
  expiryDate?: CalendarDate;
  quantity: number;
}

export interface ReceiptRowValidation {
  /** Problems with the file as a whole; when present no row is checked. */
  fileErrors: string[];
  /** Unknown and duplicate columns, which are ignored. */
  warnings: string[];
  valid: { row: number; draft: ReceiptRowDraft }[];
  /** `row` is the row number the spreadsheet shows (the header is row 1); `column` the file's header. */
  errors: RowError[];
  /** Each recognised column's header as written in the file (else its label), for error messages. */
  columnTitles: Record<ReceiptRowField, string>;
}

interface ColumnSpec {
  /** The header of the template, and the name used in messages when the file lacks the column. */
  label: string;
  aliases: readonly string[];
  parse: (text: string) => Parsed<string | number>;
}

const text = (value: string): Parsed<string> => ({ value });

export const RECEIPT_COLUMNS: Record<ReceiptRowField, ColumnSpec> = {
  sku: { label: "SKU", aliases: CATALOGUE_COLUMNS.sku.aliases, parse: text },
  gtin: { label: "条码", aliases: CATALOGUE_COLUMNS.gtin.aliases, parse: parseGtin },
  lotCode: {
    label: "批号",
    aliases: ["批次号", "生产批号", "批次", "lot", "lot code", "lot number", "batch", "batch number"],
    parse: parseLotCode,
  },
  productionDate: {
    label: "生产日期",
    aliases: ["生产日", "production date", "manufacture date", "mfg date", "mfd"],
    parse: parseCellDate,
  },
  expiryDate: {
    label: "到期日期",
    aliases: [
      "到期日",
      "有效期至",
      "保质期至",
      "失效日期",
      "过期日期",
      "expiry",
      "expiry date",
      "expiration date",
    ],
    parse: parseCellDate,
  },
  quantity: {
    label: "数量",
    aliases: ["收货数量", "入库数量", "件数", "qty", "quantity"],
    parse: parseQuantity,
  },
};

const FIELDS = Object.keys(RECEIPT_COLUMNS) as ReceiptRowField[];
const FIELD_BY_KEY = new Map(
  FIELDS.flatMap((field) => {
    const { label, aliases } = RECEIPT_COLUMNS[field];
    return [label, ...aliases].map((title) => [headerKey(title), field] as const);
  }),
);

/** The receiving template's header row. */
export const RECEIPT_TEMPLATE_HEADER = FIELDS.map((field) => RECEIPT_COLUMNS[field].label);

/** Checks every non-blank data row; `rows[0]` is spreadsheet row 2. */
export function validateReceiptRows(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): ReceiptRowValidation {
  const indexes: Partial<Record<ReceiptRowField, number>> = {};
  const columnTitles = Object.fromEntries(
    FIELDS.map((field) => [field, RECEIPT_COLUMNS[field].label]),
  ) as Record<ReceiptRowField, string>;
  const result: ReceiptRowValidation = { fileErrors: [], warnings: [], valid: [], errors: [], columnTitles };

  header.forEach((cell, index) => {
    const title = cell.trim();
    if (title === "") return;
    const field = FIELD_BY_KEY.get(headerKey(title));
    if (field === undefined) result.warnings.push(`未识别的列「${title}」，已忽略`);
    else if (indexes[field] !== undefined)
      result.warnings.push(
        `列「${title}」与「${columnTitles[field]}」重复，已使用「${columnTitles[field]}」`,
      );
    else {
      indexes[field] = index;
      columnTitles[field] = title;
    }
  });
  const missing = [
    ...(indexes.sku === undefined && indexes.gtin === undefined ? ["SKU 或 条码"] : []),
    ...(indexes.lotCode === undefined ? ["批号"] : []),
    ...(indexes.productionDate === undefined && indexes.expiryDate === undefined
      ? ["生产日期 或 到期日期"]
      : []),
    ...(indexes.quantity === undefined ? ["数量"] : []),
  ];
  if (missing.length > 0) {
    result.fileErrors.push(`缺少必填列：${missing.join("、")}（第 1 行应为表头）`);
    return result;
  }
  const dataRows = rows.filter((cells) => cells.some((cell) => cell.trim() !== "")).length;
  if (dataRows > MAX_RECEIPT_ROWS) {
    result.fileErrors.push(
      `共 ${dataRows} 行数据，超过单次收货上限 ${MAX_RECEIPT_ROWS} 行，请拆分后分批导入`,
    );
    return result;
  }

  rows.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    const row = index + 2;
    const errors: RowError[] = [];
    const failed = new Set<ReceiptRowField>();
    const fail = (field: ReceiptRowField, message: string) => {
      failed.add(field);
      errors.push({ row, column: columnTitles[field], message });
    };
    const draft: Partial<Record<ReceiptRowField, string | number>> = {};
    for (const field of FIELDS) {
      const column = indexes[field];
      const cell = column === undefined ? "" : restoreNeutralised((cells[column] ?? "").trim());
      if (cell === "") continue;
      const parsed = RECEIPT_COLUMNS[field].parse(cell);
      if ("error" in parsed) fail(field, parsed.error);
      else draft[field] = parsed.value;
    }
    // A blank required cell, reported once against the first of its columns the file has.
    const require = (fields: ReceiptRowField[], message: string) => {
      if (fields.some((field) => draft[field] !== undefined || failed.has(field))) return;
      fail(fields.find((field) => indexes[field] !== undefined) ?? (fields[0] as ReceiptRowField), message);
    };
    require(["sku", "gtin"], "请填写 SKU 或条码（至少一个）");
    require(["lotCode"], "批号不能为空");
    require(["expiryDate", "productionDate"], "请填写生产日期或到期日期（至少一个）");
    require(["quantity"], "数量不能为空");

    // Every field parsed to its own type and the required ones are present.
    if (errors.length === 0) result.valid.push({ row, draft: draft as unknown as ReceiptRowDraft });
    else result.errors.push(...errors);
  });
  if (result.valid.length === 0 && result.errors.length === 0) result.fileErrors.push("文件中没有收货数据");
  return result;
}

function parseLotCode(value: string): Parsed<string> {
  if ([...value].length > MAX_LOT_CODE_LENGTH) return { error: `批号最多 ${MAX_LOT_CODE_LENGTH} 个字符` };
  return { value };
}

// 2026-05-01, 2026/5/1, 2026.5.1, 2026年5月1日, and 20260501; a time of day after it is ignored.
const SEPARATED_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** A date cell as spreadsheets and people write it, to YYYY-MM-DD; impossible dates are refused. */
export function parseCellDate(value: string): Parsed<CalendarDate> {
  const plain = value.normalize("NFKC");
  const match = SEPARATED_DATE.exec(plain) ?? COMPACT_DATE.exec(plain);
  if (!match) {
    const hint = /^\d{5}$/.test(plain) ? "（像是 Excel 的日期序号，请把该列设为日期或文本格式）" : "";
    return { error: `日期格式不正确：「${value}」${hint}，请填写如 2026-05-01` };
  }
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  if (!isCalendarDate(date)) return { error: `日期不存在：「${value}」` };
  return { value: date };
}

function parseQuantity(value: string): Parsed<number> {
  // "3箱" is refused rather than read as 3: a case holds many of the product's units.
  const plain = value.normalize("NFKC");
  if (!/^\d+$/.test(plain) || Number(plain) === 0) {
    return { error: `数量应为正整数（只填数字，按商品的单位计）：「${value}」` };
  }
  if (Number(plain) > MAX_QUANTITY) return { error: `数量过大：「${value}」，单行最多 ${MAX_QUANTITY}` };
  return { value: Number(plain) };
}
