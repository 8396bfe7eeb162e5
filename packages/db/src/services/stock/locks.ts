import type { CalendarDate } from "@shelfloop/core";
import { Prisma } from "../../generated/prisma/client";
import type { BatchStatus } from "../../generated/prisma/enums";
import type { Tx } from "../../scope";
import { StockError } from "./errors";

/** A batch row locked FOR UPDATE by this transaction: its quantities cannot change until commit. */
export interface LockedBatch {
  id: string;
  tenantId: string;
  productId: string;
  warehouseId: string;
  lotCode: string;
  productionDate: CalendarDate;
  expiryDate: CalendarDate;
  qtyOnHand: number;
  qtyReserved: number;
  status: BatchStatus;
}

/**
 * Locks the batches matching `where` and reads them after the lock is granted. Every stock service
 * locks in one order — expiry date, then id — so transactions touching overlapping batches queue
 * instead of deadlocking. Under READ COMMITTED a row another transaction changed meanwhile is
 * re-read and re-checked against `where` once its lock is released, so quantities are never stale.
 */
export function lockBatches(tx: Tx, where: Prisma.Sql): Promise<LockedBatch[]> {
  return tx.$queryRaw<LockedBatch[]>`
    SELECT b.id::text AS id, b.tenant_id::text AS "tenantId", b.product_id::text AS "productId",
           b.warehouse_id::text AS "warehouseId", b.lot_code AS "lotCode",
           b.production_date::text AS "productionDate", b.expiry_date::text AS "expiryDate",
           b.qty_on_hand AS "qtyOnHand", b.qty_reserved AS "qtyReserved", b.status::text AS status
      FROM batches b
     WHERE ${where}
     ORDER BY b.expiry_date, b.id
       FOR UPDATE`;
}

/**
 * Batches of a product in a warehouse that FEFO may draw from: active, with unreserved units, and
 * (unless `notExpiredOn` is null) not expired on that date.
 */
export function drawableBatches(
  productId: string,
  warehouseId: string,
  notExpiredOn: CalendarDate | null,
): Prisma.Sql {
  return Prisma.sql`(b.product_id = ${productId}::uuid AND b.warehouse_id = ${warehouseId}::uuid
    AND b.status = 'ACTIVE' AND b.qty_on_hand > b.qty_reserved
    ${notExpiredOn === null ? Prisma.empty : Prisma.sql`AND b.expiry_date >= ${notExpiredOn}::date`})`;
}

export async function lockBatch(tx: Tx, batchId: string): Promise<LockedBatch> {
  const [batch] = await lockBatches(tx, Prisma.sql`b.id = ${batchId}::uuid`);
  if (!batch) throw new StockError("BATCH_NOT_FOUND", "批次不存在");
  return batch;
}
