import type { ProductValues } from "@shelfloop/core";
import type { Prisma } from "../../generated/prisma/client";

/** The columns the catalogue is shown, edited, imported, exported and audited with. */
export const PRODUCT_RECORD = {
  id: true,
  sku: true,
  gtin: true,
  name: true,
  category: true,
  shelfLifeDays: true,
  unit: true,
  costFen: true,
  listPriceFen: true,
  active: true,
} as const satisfies Prisma.ProductSelect;

/** A stored product's catalogue fields (money in integer fen) and its id. */
export type ProductRecord = ProductValues & { id: string };
