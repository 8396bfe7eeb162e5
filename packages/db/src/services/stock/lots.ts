import type { CalendarDate } from "@shelfloop/core";
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { appendMovement, applyMovement, type MovementDetails } from "./apply";
import { StockError } from "./errors";
import { lockBatches } from "./locks";

/** Units of one lot arriving in a warehouse (received, or transferred in). */
export interface LotArrival {
  tenantId: string;
  productId: string;
  warehouseId: string;
  lotCode: string;
  productionDate: CalendarDate;
  expiryDate: CalendarDate;
  quantity: number;
  /** The tier a batch created for the lot starts in. */
  tier: string;
}

/** A lot code names one production run: the same code with other dates is a typing error, not a new lot. */
export function requireSameDates(
  existing: { lotCode: string; productionDate: CalendarDate; expiryDate: CalendarDate },
  arriving: { productionDate: CalendarDate; expiryDate: CalendarDate },
): void {
  if (existing.productionDate === arriving.productionDate && existing.expiryDate === arriving.expiryDate)
    return;
  throw new StockError(
    "LOT_DATES_MISMATCH",
    `批号 ${existing.lotCode} 已在该仓库登记为 生产日期 ${existing.productionDate}、到期日 ${existing.expiryDate}，` +
      `与本次的 ${arriving.productionDate}、${arriving.expiryDate} 不一致。同一批号日期必须相同，请核对批号和日期`,
    { lotCode: existing.lotCode, productionDate: existing.productionDate, expiryDate: existing.expiryDate },
  );
}

/**
 * Puts the units into the lot's batch in the warehouse: a new active batch when there is none,
 * otherwise added to the existing one (dates must match), with one ledger row either way.
 * INSERT … ON CONFLICT DO NOTHING waits for a concurrent insert of the same lot instead of failing
 * the transaction, and the fallback SELECT … FOR UPDATE then sees and locks that row.
 */
export async function addToLot(
  tx: Tx,
  arrival: LotArrival,
  movement: MovementDetails,
): Promise<{ batchId: string; created: boolean }> {
  const { tenantId, productId, warehouseId, lotCode, productionDate, expiryDate, quantity } = arrival;
  const [inserted] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO batches (tenant_id, product_id, warehouse_id, lot_code, production_date, expiry_date,
                         received_at, qty_received, qty_on_hand, tier, updated_at)
    VALUES (${tenantId}::uuid, ${productId}::uuid, ${warehouseId}::uuid, ${lotCode}, ${productionDate}::date,
            ${expiryDate}::date, ${movement.occurredAt}, ${quantity}, ${quantity}, ${arrival.tier}, now())
    ON CONFLICT (tenant_id, warehouse_id, product_id, lot_code) DO NOTHING
    RETURNING id::text AS id`;
  if (inserted) {
    await appendMovement(tx, { id: inserted.id, tenantId }, quantity, movement);
    return { batchId: inserted.id, created: true };
  }
  const [existing] = await lockBatches(
    tx,
    Prisma.sql`b.warehouse_id = ${warehouseId}::uuid AND b.product_id = ${productId}::uuid AND b.lot_code = ${lotCode}`,
  );
  // The insert conflicted on a key that includes this tenant, so the row exists and is visible.
  if (!existing) throw new Error(`batch ${lotCode} conflicted on insert but cannot be read`);
  requireSameDates(existing, arrival);
  await applyMovement(tx, existing, quantity, movement);
  return { batchId: existing.id, created: false };
}
