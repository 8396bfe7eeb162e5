import { createTRPCRouter } from "../../trpc";
import { createProduct } from "./create-product";
import { exportCsv } from "./export-csv";
import { getProduct } from "./get-product";
import { importChunk } from "./import-chunk";
import { importContext } from "./import-context";
import { listProducts } from "./list-products";
import { searchProducts } from "./search-products";
import { updateProduct } from "./update-product";

export const productRouter = createTRPCRouter({
  search: searchProducts,
  list: listProducts,
  get: getProduct,
  create: createProduct,
  update: updateProduct,
  importContext,
  importChunk,
  exportCsv,
});
