import { CATALOGUE_COLUMNS, PRODUCT_FIELDS, type ProductValues } from "./columns";
import { toCsv } from "./csv";

/**
 * The catalogue as CSV in the import layout (canonical headers, prices in yuan), so an exported
 * file can be edited and imported back. With no products it is the blank import template.
 */
export function catalogueCsv(products: readonly ProductValues[]): string {
  const columns = PRODUCT_FIELDS.map((field) => CATALOGUE_COLUMNS[field]);
  return toCsv([
    columns.map((column) => column.label),
    ...products.map((product) => columns.map((column) => column.exportCell(product))),
  ]);
}
