import type { Tx } from "../../scope";
import { PRODUCT_RECORD } from "./product-record";

/** One product of the tenant, or null. */
export function getProduct(tx: Tx, id: string) {
  return tx.product.findUnique({ where: { id }, select: PRODUCT_RECORD });
}
