import { gtinKey } from "./cells";
import { CATALOGUE_COLUMNS, PRODUCT_FIELDS, type ProductField, type ProductValues } from "./columns";
import { restoreNeutralised } from "./csv";
import { mapCatalogueHeader } from "./header";

/**
 * A valid row. Optional columns that are absent or left blank are undefined, meaning "not given":
 * a new product gets the default, an existing one keeps its value.
 */
export type ProductDraft = Omit<ProductValues, "gtin" | "unit" | "active"> & {
  gtin?: string;
  unit?: string;
  active?: boolean;
};

/** `row` is the row number the spreadsheet shows (the header is row 1); `column` the file's header. */
export type RowError = { row: number; column: string; message: string };

export type ValidRow = { row: number; draft: ProductDraft };

export type CatalogueValidation = {
  /** Problems with the file as a whole; when present no row is checked. */
  fileErrors: string[];
  warnings: string[];
  valid: ValidRow[];
  errors: RowError[];
  /** Each recognised column's header as written in the file. */
  columnTitles: Partial<Record<ProductField, string>>;
};

/** Checks every non-blank data row; `rows[0]` is spreadsheet row 2. */
export function validateProductRows(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): CatalogueValidation {
  const { indexes, titles, missing, warnings } = mapCatalogueHeader(header);
  const result: CatalogueValidation = {
    fileErrors: [],
    warnings,
    valid: [],
    errors: [],
    columnTitles: titles,
  };
  if (missing.length > 0) {
    result.fileErrors.push(`缺少必填列：${missing.join("、")}（第 1 行应为表头）`);
    return result;
  }
  // First row number of each SKU and GTIN, so later repeats are reported against it.
  const skuRows = new Map<string, number>();
  const gtinRows = new Map<string, number>();

  rows.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    const row = index + 2;
    const errors: RowError[] = [];
    const fail = (field: ProductField, message: string) =>
      errors.push({ row, column: titles[field] ?? CATALOGUE_COLUMNS[field].label, message });
    const draft: Partial<Record<ProductField, unknown>> = {};

    for (const field of PRODUCT_FIELDS) {
      const column = indexes[field];
      if (column === undefined) continue;
      const text = restoreNeutralised((cells[column] ?? "").trim());
      if (text === "") {
        if (CATALOGUE_COLUMNS[field].required) fail(field, `${CATALOGUE_COLUMNS[field].label}不能为空`);
        continue;
      }
      const parsed = CATALOGUE_COLUMNS[field].parse(text);
      if ("error" in parsed) fail(field, parsed.error);
      else draft[field] = parsed.value;
    }

    if (typeof draft.sku === "string") {
      const first = skuRows.get(draft.sku);
      if (first === undefined) skuRows.set(draft.sku, row);
      else fail("sku", `SKU「${draft.sku}」与第 ${first} 行重复`);
    }
    if (typeof draft.gtin === "string") {
      const first = gtinRows.get(gtinKey(draft.gtin));
      if (first === undefined) gtinRows.set(gtinKey(draft.gtin), row);
      else fail("gtin", `条码 ${draft.gtin} 与第 ${first} 行重复`);
    }

    // Every required field parsed and nothing failed, so the record is a complete draft.
    if (errors.length === 0) result.valid.push({ row, draft: draft as ProductDraft });
    else result.errors.push(...errors);
  });

  if (result.valid.length === 0 && result.errors.length === 0) result.fileErrors.push("文件中没有商品数据");
  return result;
}
