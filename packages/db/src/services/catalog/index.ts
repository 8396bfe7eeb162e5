export { exportCatalogue } from "./export-catalogue";
export { getProduct } from "./get-product";
export {
  commitImportChunk,
  existingForImport,
  type ImportChunk,
  type ImportChunkResult,
} from "./import-catalogue";
export { listProducts, type ProductListQuery } from "./list-products";
export type { ProductRecord } from "./product-record";
export { createProduct, updateProduct } from "./save-product";
export { productLabels, searchProducts } from "./search-products";
