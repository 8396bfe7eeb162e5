import type { Tx } from "../../scope";
import { applyMovement, type SaleAmounts, type StockReference } from "./apply";
import { loadProduct, loadWarehouse } from "./context";
import { insufficientStock, StockError } from "./errors";
import { requirePositiveQuantity } from "./guards";
import { lockBatch } from "./locks";

export interface ReservedSaleInput {
  promotionId: string;
  quantity: number;
  reference?: StockReference | undefined;
  now: Date;
  /** What these units brought in (the promotion is this sale's own). */
  sale: Omit<SaleAmounts, "promotionId">;
}

/**
 * Sells units a promotion holds on its batch: the batch's on-hand and reserved counts drop together and
 * the promotion's soldQty rises, so the reservation keeps meaning "units still to sell on the deal".
 * Locks the batch (the one lock order every stock service uses) before reading the promotion, so two
 * tills cannot both sell its last reserved unit. Expired stock is refused here as in moveStockOut (the
 * database refuses an expired SALE too). Returns the batch drawn.
 */
export async function sellReservedStock(tx: Tx, input: ReservedSaleInput): Promise<{ batchId: string }> {
  const quantity = requirePositiveQuantity(input.quantity);
  const promotion = await tx.promotion.findUnique({
    where: { id: input.promotionId },
    select: { batchId: true },
  });
  if (!promotion) throw new StockError("BATCH_NOT_FOUND", "促销不存在");
  const batch = await lockBatch(tx, promotion.batchId);
  const { status, reservedQty, soldQty } = await tx.promotion.findUniqueOrThrow({
    where: { id: input.promotionId },
    select: { status: true, reservedQty: true, soldQty: true },
  });
  const warehouse = await loadWarehouse(tx, batch.warehouseId, input.now);
  if (batch.expiryDate < warehouse.today)
    throw new StockError("BATCH_EXPIRED", `批次 ${batch.lotCode} 已过期，不能销售`);
  const left = status === "ACTIVE" ? Math.min(reservedQty - soldQty, batch.qtyReserved, batch.qtyOnHand) : 0;
  if (batch.status !== "ACTIVE" || quantity > left) {
    const { unit } = await loadProduct(tx, batch.productId);
    throw insufficientStock(Math.max(0, left), quantity, unit, { label: "可售" });
  }
  // The reservation first: on hand may not drop below it (CHECK qty_reserved <= qty_on_hand), which
  // it would when every unreserved unit is already sold.
  await tx.batch.update({ where: { id: batch.id }, data: { qtyReserved: { decrement: quantity } } });
  await applyMovement(tx, batch, -quantity, {
    type: "SALE",
    reason: "促销销售",
    reference: input.reference,
    actorId: null,
    occurredAt: input.now,
    sale: { ...input.sale, promotionId: input.promotionId },
  });
  await tx.promotion.update({ where: { id: input.promotionId }, data: { soldQty: { increment: quantity } } });
  return { batchId: batch.id };
}
