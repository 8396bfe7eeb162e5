import { randomUUID } from "node:crypto";
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { applyMovement, type MovementDetails, type StockReference } from "./apply";
import { loadProduct, loadWarehouse, requireOpen } from "./context";
import { insufficientStock, StockError } from "./errors";
import { type Allocation, allocateFefo, allocationOf } from "./fefo";
import { requirePositiveQuantity } from "./guards";
import { drawableBatches, lockBatches } from "./locks";
import { addToLot, requireSameDates } from "./lots";
import { newBatchTier } from "./tier";

export interface TransferInput {
  productId: string;
  fromWarehouseId: string;
  toWarehouseId: string;
  quantity: number;
  /** Move units of this batch only (the console's batch page); otherwise FEFO over the product. */
  batchId?: string | undefined;
  reason?: string | undefined;
  /** Shared by both sides; a fresh TRANSFER reference links them when none is given. */
  reference?: StockReference | undefined;
  actorId: string | null;
  now: Date;
}

/** Units drawn from a source batch, and the destination batch (same lot and dates) they went into. */
export interface TransferAllocation extends Allocation {
  toBatchId: string;
}

/**
 * Moves units of a product between warehouses in the caller's transaction: FEFO out of the source
 * (same rules as a sale: active, unexpired, unreserved), each drawn lot into the destination batch of
 * the same lot code and dates, created when missing. Refusals (not enough stock, the destination
 * holding the lot under other dates, an archived destination) are thrown before any write.
 * Returns one allocation per lot moved, soonest expiry first.
 */
export async function transferStock(tx: Tx, input: TransferInput): Promise<TransferAllocation[]> {
  const quantity = requirePositiveQuantity(input.quantity);
  if (input.fromWarehouseId === input.toWarehouseId) {
    throw new StockError("SAME_WAREHOUSE", "调出仓库和调入仓库不能相同");
  }
  const from = await loadWarehouse(tx, input.fromWarehouseId, input.now);
  const to = requireOpen(await loadWarehouse(tx, input.toWarehouseId, input.now));
  const product = await loadProduct(tx, input.productId);

  // Both sides in one statement, in the common lock order: transfers A→B and B→A cannot deadlock.
  const locked = await lockBatches(
    tx,
    Prisma.sql`${drawableBatches(product.id, from.id, from.today)}
      OR (b.product_id = ${product.id}::uuid AND b.warehouse_id = ${to.id}::uuid)`,
  );
  const { available, draws } = allocateFefo(
    locked.filter(
      (batch) => batch.warehouseId === from.id && (input.batchId === undefined || batch.id === input.batchId),
    ),
    quantity,
  );
  if (available < quantity) throw insufficientStock(available, quantity, product.unit, { label: "可用" });
  const atDestination = new Map(
    locked.filter((batch) => batch.warehouseId === to.id).map((batch) => [batch.lotCode, batch]),
  );
  for (const { batch } of draws) {
    const existing = atDestination.get(batch.lotCode);
    if (existing) requireSameDates(existing, batch);
  }

  const tierFor = await newBatchTier(tx, product, to.tenantTimezone, input.now);
  const movement: Omit<MovementDetails, "type"> = {
    reason: input.reason?.trim() || null,
    reference: input.reference ?? { type: "TRANSFER", id: randomUUID() },
    actorId: input.actorId,
    occurredAt: input.now,
  };
  for (const draw of draws) {
    await applyMovement(tx, draw.batch, -draw.quantity, { ...movement, type: "TRANSFER_OUT" });
  }
  // Lots new to the destination are inserted in (expiry, lot code) order, the same in every
  // transaction, so two transfers creating the same lots there wait for each other instead of deadlocking.
  const inbound = [...draws].sort(
    (a, b) =>
      a.batch.expiryDate.localeCompare(b.batch.expiryDate) || a.batch.lotCode.localeCompare(b.batch.lotCode),
  );
  const allocations: TransferAllocation[] = [];
  for (const draw of inbound) {
    const { batch } = draw;
    const { batchId } = await addToLot(
      tx,
      {
        tenantId: to.tenantId,
        productId: product.id,
        warehouseId: to.id,
        lotCode: batch.lotCode,
        productionDate: batch.productionDate,
        expiryDate: batch.expiryDate,
        quantity: draw.quantity,
        tier: tierFor(batch.expiryDate).key,
      },
      { ...movement, type: "TRANSFER_IN" },
    );
    allocations.push({ ...allocationOf(draw), toBatchId: batchId });
  }
  return allocations;
}
