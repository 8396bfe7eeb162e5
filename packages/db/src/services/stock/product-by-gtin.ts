import type { Tx } from "../../scope";
import { gtinForms } from "../catalog/gtin-forms";

/** What receiving shows and needs of a product. */
export const RECEIPT_PRODUCT_SELECT = {
  id: true,
  sku: true,
  gtin: true,
  name: true,
  unit: true,
  shelfLifeDays: true,
  active: true,
} as const;

/**
 * The product a scanned GTIN-14 names, whichever form (GTIN-8/12/13/14) the catalogue stores it
 * in; an active product wins over an inactive one with the same code.
 */
export function productByGtin(tx: Tx, gtin: string) {
  return tx.product.findFirst({
    where: { gtin: { in: gtinForms(gtin) } },
    select: RECEIPT_PRODUCT_SELECT,
    orderBy: [{ active: "desc" }, { sku: "asc" }],
  });
}
