export { fenToYuanText, gtinKey, type Parsed, parseGtin, parseYuanToFen } from "./cells";
export { CATALOGUE_COLUMNS, PRODUCT_FIELDS, type ProductField, type ProductValues } from "./columns";
export { type CsvCell, neutraliseFormula, toCsv } from "./csv";
export { catalogueCsv } from "./export";
export { type HeaderMapping, mapCatalogueHeader } from "./header";
export { IMPORT_CHUNK_ROWS } from "./limits";
export { type CataloguePlan, type PlannedRow, planCatalogueImport } from "./plan";
export {
  type CatalogueValidation,
  type ProductDraft,
  type RowError,
  type ValidRow,
  validateProductRows,
} from "./validate";
