import { gtinKey } from "./cells";
import { CATALOGUE_COLUMNS, PRODUCT_FIELDS, type ProductField, type ProductValues } from "./columns";
import type { CatalogueValidation, ProductDraft, RowError } from "./validate";

/** The schema default for a product whose file gives no unit. */
const DEFAULT_UNIT = "件";

/** What confirming the import would do with one valid row; `existing` is the caller's own record. */
export type PlannedRow<E extends ProductValues> =
  | { action: "create"; row: number; values: ProductValues }
  | { action: "update"; row: number; existing: E; values: ProductValues; changes: ProductField[] }
  | { action: "unchanged"; row: number; existing: E };

export type CataloguePlan<E extends ProductValues> = {
  rows: PlannedRow<E>[];
  /** Rows that are valid on their own but clash with the catalogue; they are not in `rows`. */
  errors: RowError[];
};

/**
 * Classifies valid rows against the tenant's catalogue by SKU. A GTIN held by another existing SKU
 * is a conflict even if the same file moves it off that product: the unique index would reject the
 * first write of such a swap, so the user changes the old product's GTIN first.
 */
export function planCatalogueImport<E extends ProductValues>(
  validation: Pick<CatalogueValidation, "valid" | "columnTitles">,
  existing: readonly E[],
): CataloguePlan<E> {
  const bySku = new Map(existing.map((product) => [product.sku, product]));
  const skuByGtin = new Map<string, string>();
  for (const product of existing)
    if (product.gtin !== null) skuByGtin.set(gtinKey(product.gtin), product.sku);
  const gtinColumn = validation.columnTitles.gtin ?? CATALOGUE_COLUMNS.gtin.label;

  const plan: CataloguePlan<E> = { rows: [], errors: [] };
  for (const { row, draft } of validation.valid) {
    const current = bySku.get(draft.sku);
    const values = resolveValues(draft, current);
    const owner = values.gtin === null ? undefined : skuByGtin.get(gtinKey(values.gtin));
    if (owner !== undefined && owner !== draft.sku) {
      plan.errors.push({ row, column: gtinColumn, message: `条码 ${values.gtin} 已被商品「${owner}」使用` });
    } else if (current === undefined) {
      plan.rows.push({ action: "create", row, values });
    } else {
      const changes = PRODUCT_FIELDS.filter((field) => values[field] !== current[field]);
      plan.rows.push(
        changes.length === 0
          ? { action: "unchanged", row, existing: current }
          : { action: "update", row, existing: current, values, changes },
      );
    }
  }
  return plan;
}

function resolveValues(draft: ProductDraft, current: ProductValues | undefined): ProductValues {
  return {
    sku: draft.sku,
    gtin: draft.gtin ?? current?.gtin ?? null,
    name: draft.name,
    category: draft.category,
    shelfLifeDays: draft.shelfLifeDays,
    unit: draft.unit ?? current?.unit ?? DEFAULT_UNIT,
    costFen: draft.costFen,
    listPriceFen: draft.listPriceFen,
    active: draft.active ?? current?.active ?? true,
  };
}
