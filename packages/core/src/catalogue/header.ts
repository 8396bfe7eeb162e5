import { CATALOGUE_COLUMNS, PRODUCT_FIELDS, type ProductField } from "./columns";

export type HeaderMapping = {
  /** Index in the row of each recognised column. */
  indexes: Partial<Record<ProductField, number>>;
  /** Each recognised column's header as written in the file, for error messages. */
  titles: Partial<Record<ProductField, string>>;
  /** Labels of required columns the file lacks; the file cannot be imported while any are missing. */
  missing: string[];
  /** Unknown and duplicate columns, which are ignored. */
  warnings: string[];
};

// "保质期（天）", "Shelf Life Days" and "shelf_life_days" all read the same.
export function headerKey(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_-]/g, "");
}

const FIELD_BY_KEY = new Map<string, ProductField>(
  PRODUCT_FIELDS.flatMap((field) => {
    const { label, aliases } = CATALOGUE_COLUMNS[field];
    return [label, ...aliases].map((title) => [headerKey(title), field] as const);
  }),
);

/** Matches a header row's cells to product fields by Chinese or English name. */
export function mapCatalogueHeader(header: readonly string[]): HeaderMapping {
  const mapping: HeaderMapping = { indexes: {}, titles: {}, missing: [], warnings: [] };
  header.forEach((cell, index) => {
    const title = cell.trim();
    if (title === "") return;
    const field = FIELD_BY_KEY.get(headerKey(title));
    if (field === undefined) {
      mapping.warnings.push(`未识别的列「${title}」，已忽略`);
    } else if (mapping.titles[field] !== undefined) {
      mapping.warnings.push(
        `列「${title}」与「${mapping.titles[field]}」重复，已使用「${mapping.titles[field]}」`,
      );
    } else {
      mapping.indexes[field] = index;
      mapping.titles[field] = title;
    }
  });
  mapping.missing = PRODUCT_FIELDS.filter(
    (field) => CATALOGUE_COLUMNS[field].required && mapping.indexes[field] === undefined,
  ).map((field) => CATALOGUE_COLUMNS[field].label);
  return mapping;
}
