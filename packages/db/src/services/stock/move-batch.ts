import type { BatchStatus } from "../../generated/prisma/enums";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import { applyMovement, type StockReference } from "./apply";
import { loadProduct, loadWarehouse } from "./context";
import { insufficientStock, StockError } from "./errors";
import { requireActor, requireNonZeroDelta } from "./guards";
import { lockBatch } from "./locks";
import { adjustmentReasonText, type WriteOffReason, writeOffReasonText } from "./reasons";

interface BatchMoveBase {
  batchId: string;
  /** Signed change of on-hand units: negative takes units out. */
  delta: number;
  reference?: StockReference | undefined;
  actorId: string;
  now: Date;
}

/**
 * A move of one named batch, whatever its status or expiry: a write-off (units out, with a reason
 * category) or a correction after counting (either sign, with a note).
 */
export type BatchMoveInput = BatchMoveBase &
  ({ type: "WRITE_OFF"; reason: WriteOffReason } | { type: "ADJUST"; reason: string });

/**
 * Moves units of one batch. A write-off may take expired and quarantined stock; a negative
 * adjustment may not take expired stock (expired units leave by write-off, so losses stay visible).
 * Reserved units are never taken. The batch is locked first; refusals are StockErrors thrown before
 * any write. Besides its ledger row, the move is audited (who, the quantity and status before and
 * after, the reason). Returns the batch's new quantity and status (WRITTEN_OFF once a write-off empties it).
 */
export async function moveBatchStock(
  tx: Tx,
  input: BatchMoveInput,
): Promise<{ batchId: string; qtyOnHand: number; status: BatchStatus }> {
  const delta = requireNonZeroDelta(input.delta);
  const actorId = requireActor(input.actorId);
  if (input.type === "WRITE_OFF" && delta > 0) {
    throw new StockError("INVALID_QUANTITY", `报损数量必须为负数（出库）：${delta}`);
  }
  const reason =
    input.type === "WRITE_OFF" ? writeOffReasonText(input.reason) : adjustmentReasonText(input.reason);

  const batch = await lockBatch(tx, input.batchId);
  if (delta < 0) {
    const warehouse = await loadWarehouse(tx, batch.warehouseId, input.now);
    if (input.type === "ADJUST" && batch.expiryDate < warehouse.today) {
      throw new StockError("BATCH_EXPIRED", `批次 ${batch.lotCode} 已过期，过期库存请用报损处理`);
    }
    const available = batch.qtyOnHand - batch.qtyReserved;
    if (-delta > available) {
      const { unit } = await loadProduct(tx, batch.productId);
      throw insufficientStock(available, -delta, unit, { label: "可用", reserved: batch.qtyReserved });
    }
  }
  const after = await applyMovement(tx, batch, delta, {
    type: input.type,
    reason,
    reference: input.reference,
    actorId,
    occurredAt: input.now,
  });
  await recordAudit(tx, {
    actor: { tenantId: batch.tenantId, userId: actorId },
    action: input.type === "WRITE_OFF" ? "stock.written_off" : "stock.adjusted",
    entityType: "Batch",
    entityId: batch.id,
    before: { qtyOnHand: batch.qtyOnHand, status: batch.status },
    after: { ...after, delta, reason, reference: input.reference ?? null },
  });
  return { batchId: batch.id, ...after };
}
