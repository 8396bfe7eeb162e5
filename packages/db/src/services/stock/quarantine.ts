import type { BatchStatus } from "../../generated/prisma/enums";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import { StockError } from "./errors";
import { requireActor, requireNote } from "./guards";
import { lockBatch } from "./locks";

export interface QuarantineInput {
  batchId: string;
  /** true holds the batch back from sale (damage, recall); false releases it. */
  quarantined: boolean;
  reason: string;
  actorId: string;
}

/**
 * Holds a batch back from sale or releases it. Not a stock movement (no units move), so it is
 * recorded in the audit log; held units leave only through moveBatchStock (write-off, adjustment).
 */
export async function setBatchQuarantine(
  tx: Tx,
  input: QuarantineInput,
): Promise<{ batchId: string; status: BatchStatus }> {
  const reason = requireNote(
    input.reason,
    input.quarantined ? "隔离批次必须填写原因" : "解除隔离必须填写原因",
  );
  const actorId = requireActor(input.actorId);
  const batch = await lockBatch(tx, input.batchId);
  let status: BatchStatus;
  if (input.quarantined) {
    if (batch.status !== "ACTIVE")
      throw new StockError("BATCH_STATUS", `批次 ${batch.lotCode} 不是在售状态，无法隔离`);
    status = "QUARANTINED";
  } else {
    if (batch.status !== "QUARANTINED")
      throw new StockError("BATCH_STATUS", `批次 ${batch.lotCode} 未被隔离`);
    status = batch.qtyOnHand > 0 ? "ACTIVE" : "DEPLETED";
  }
  await tx.batch.update({ where: { id: batch.id }, data: { status } });
  await recordAudit(tx, {
    actor: { tenantId: batch.tenantId, userId: actorId },
    action: input.quarantined ? "batch.quarantined" : "batch.released",
    entityType: "Batch",
    entityId: batch.id,
    before: { status: batch.status },
    after: { status, reason },
  });
  return { batchId: batch.id, status };
}
