import type { BatchStatus, MovementType } from "../../generated/prisma/enums";
import type { Tx } from "../../scope";
import type { LockedBatch } from "./locks";

/** The document a movement belongs to (purchase order, till receipt, transfer, stock count …). */
export interface StockReference {
  type: string;
  id: string;
}

/** What a sale brought in, for the reports: its channel, what was paid, list value and promotion. */
export interface SaleAmounts {
  channel: string;
  revenueFen: number;
  listValueFen: number;
  promotionId?: string | null;
}

export interface MovementDetails {
  type: MovementType;
  reason: string | null;
  reference: StockReference | undefined;
  actorId: string | null;
  occurredAt: Date;
  sale?: SaleAmounts | undefined;
}

/**
 * The status a batch has after its on-hand quantity becomes `qtyOnHand`. Emptying it depletes it (a
 * write-off writes it off); a quarantine is a decision about the lot and survives anything but a
 * write-off; stock arriving in an empty batch makes it active again.
 */
export function statusAfter(status: BatchStatus, qtyOnHand: number, type: MovementType): BatchStatus {
  if (qtyOnHand === 0) {
    if (type === "WRITE_OFF") return "WRITTEN_OFF";
    return status === "QUARANTINED" ? "QUARANTINED" : "DEPLETED";
  }
  return status === "DEPLETED" || status === "WRITTEN_OFF" ? "ACTIVE" : status;
}

/**
 * Appends one ledger row and moves the batch's on-hand quantity by the same signed `delta`, so the
 * two never disagree. `batch` must be locked by this transaction and the move checked by the caller
 * (the database's CHECK constraints are the last line, not the rule).
 */
export async function applyMovement(
  tx: Tx,
  batch: LockedBatch,
  delta: number,
  movement: MovementDetails,
): Promise<{ qtyOnHand: number; status: BatchStatus }> {
  const qtyOnHand = batch.qtyOnHand + delta;
  const status = statusAfter(batch.status, qtyOnHand, movement.type);
  // Receipts and transfers in count as received at this batch; corrections do not.
  const received = movement.type === "RECEIVE" || movement.type === "TRANSFER_IN";
  await appendMovement(tx, batch, delta, movement);
  await tx.batch.update({
    where: { id: batch.id },
    data: {
      qtyOnHand: { increment: delta },
      ...(received ? { qtyReceived: { increment: delta } } : {}),
      ...(status === batch.status ? {} : { status }),
    },
  });
  return { qtyOnHand, status };
}

/** Only the ledger row: for a batch just inserted with `delta` already on hand. */
export function appendMovement(
  tx: Tx,
  batch: { id: string; tenantId: string },
  delta: number,
  movement: MovementDetails,
) {
  return tx.stockMovement.create({
    data: {
      tenantId: batch.tenantId,
      batchId: batch.id,
      type: movement.type,
      quantity: delta,
      reason: movement.reason,
      referenceType: movement.reference?.type ?? null,
      referenceId: movement.reference?.id ?? null,
      actorId: movement.actorId,
      occurredAt: movement.occurredAt,
      channel: movement.sale?.channel ?? null,
      revenueFen: movement.sale?.revenueFen ?? null,
      listValueFen: movement.sale?.listValueFen ?? null,
      promotionId: movement.sale?.promotionId ?? null,
    },
  });
}
