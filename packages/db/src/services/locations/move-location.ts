import { randomUUID } from "node:crypto";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import { BusinessError } from "../errors";
import { appendMovement } from "../stock/apply";
import { requireActor } from "../stock/guards";
import { lockBatch } from "../stock/locks";
import { requireLocationIn } from "./locations";

export interface LocationMoveInput {
  batchId: string;
  locationId: string;
  actorId: string;
  now: Date;
}

/** The ledger's reference type of the pair of rows a location move writes. */
export const LOCATION_MOVE_REFERENCE = "LOCATION_MOVE";

/**
 * Moves a whole batch to another location of its warehouse. With stock on hand the move is written to
 * the ledger as a TRANSFER_OUT −q / TRANSFER_IN +q pair on the batch (reason "库位 A → B", one
 * LOCATION_MOVE reference): net zero, so on-hand, received and reserved quantities and the status are
 * left alone and the ledger still sums to on-hand. An empty batch moves without ledger rows. Either
 * way the move is audited. The batch is locked first; refusals come before any write.
 */
export async function moveBatchLocation(tx: Tx, input: LocationMoveInput) {
  const actorId = requireActor(input.actorId);
  const batch = await lockBatch(tx, input.batchId);
  const location = await requireLocationIn(tx, input.locationId, batch.warehouseId);
  const current = await tx.batch.findUniqueOrThrow({
    where: { id: batch.id },
    select: { locationId: true, location: { select: { code: true } } },
  });
  if (current.locationId === location.id) {
    throw new BusinessError("BAD_REQUEST", `批次已在库位 ${location.code}`, "locationId");
  }
  const fromCode = current.location?.code ?? "未指定";
  const reason = `库位 ${fromCode} → ${location.code}`;
  const quantity = batch.qtyOnHand;
  if (quantity > 0) {
    const movement = {
      reason,
      reference: { type: LOCATION_MOVE_REFERENCE, id: randomUUID() },
      actorId,
      occurredAt: input.now,
    };
    await appendMovement(tx, batch, -quantity, { ...movement, type: "TRANSFER_OUT" });
    await appendMovement(tx, batch, quantity, { ...movement, type: "TRANSFER_IN" });
  }
  await tx.batch.update({ where: { id: batch.id }, data: { locationId: location.id } });
  await recordAudit(tx, {
    actor: { tenantId: batch.tenantId, userId: actorId },
    action: "batch.location_moved",
    entityType: "Batch",
    entityId: batch.id,
    before: { locationId: current.locationId, locationCode: current.location?.code ?? null },
    after: { locationId: location.id, locationCode: location.code, qtyOnHand: quantity, reason },
  });
  return {
    batchId: batch.id,
    locationId: location.id,
    locationCode: location.code,
    isClearanceZone: location.isClearanceZone,
    qtyOnHand: quantity,
  };
}
