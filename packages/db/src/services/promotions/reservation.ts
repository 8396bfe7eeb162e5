import type { Tx } from "../../scope";
import { PROMOTION_TAG } from "./status";

/** Holds `qty` more units of a batch (locked by the caller) for its promotion and tags the batch. */
export function reserveStock(tx: Tx, batchId: string, qty: number) {
  return tx.$executeRaw`
    UPDATE batches
       SET qty_reserved = qty_reserved + ${qty},
           tags = array_append(array_remove(tags, ${PROMOTION_TAG}), ${PROMOTION_TAG}), updated_at = now()
     WHERE id = ${batchId}::uuid`;
}

/**
 * Gives back the units a closing promotion held and did not sell, never below zero, and removes the
 * tag. The batch must be locked by the caller, who read the promotion after taking the lock.
 */
export function releaseStock(tx: Tx, promotion: { batchId: string; reservedQty: number; soldQty: number }) {
  const unused = Math.max(0, promotion.reservedQty - promotion.soldQty);
  return tx.$executeRaw`
    UPDATE batches
       SET qty_reserved = GREATEST(0, qty_reserved - ${unused}),
           tags = array_remove(tags, ${PROMOTION_TAG}), updated_at = now()
     WHERE id = ${promotion.batchId}::uuid`;
}
