import { allocateLargestRemainder } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { applyMovement, type SaleAmounts, type StockReference } from "./apply";
import { loadProduct, loadWarehouse } from "./context";
import { insufficientStock } from "./errors";
import { type Allocation, allocateFefo, allocationOf } from "./fefo";
import { requireActor, requirePositiveQuantity } from "./guards";
import { drawableBatches, lockBatches } from "./locks";
import { adjustmentReasonText, type WriteOffReason, writeOffReasonText } from "./reasons";

interface StockOutBase {
  productId: string;
  warehouseId: string;
  quantity: number;
  reference?: StockReference | undefined;
  /** When the movement happens: decides which batches have expired, and is stored on the ledger rows. */
  now: Date;
}

/** What leaves a warehouse by FEFO. Losses and corrections carry a reason and the person responsible. */
export type StockOutInput = StockOutBase &
  (
    | {
        type: "SALE";
        reason?: string | undefined;
        actorId: string | null;
        /** What the whole quantity brought in; without it, a sale at list price in the store (the console). */
        sale?: Omit<SaleAmounts, "promotionId"> | undefined;
      }
    | { type: "TRANSFER_OUT"; reason?: string | undefined; actorId: string | null }
    | { type: "ADJUST"; reason: string; actorId: string }
    | { type: "WRITE_OFF"; reason: WriteOffReason; actorId: string }
  );

/** The ledger's reason text for an outbound movement, validated. */
function outboundReason(input: StockOutInput): string | null {
  switch (input.type) {
    case "WRITE_OFF":
      requireActor(input.actorId);
      return writeOffReasonText(input.reason);
    case "ADJUST":
      requireActor(input.actorId);
      return adjustmentReasonText(input.reason);
    default:
      return input.reason?.trim() || null;
  }
}

/**
 * Takes `quantity` units of a product out of a warehouse, first expired first out: from active
 * batches with the soonest expiry date, never from reserved units, and never from expired batches
 * except for a write-off (the only way expired stock may leave). The candidate batches are locked
 * before their quantities are read, so concurrent moves queue and stock never goes negative. All or
 * nothing: when there is not enough, StockError INSUFFICIENT_STOCK is thrown before any write.
 * One ledger row per batch drawn; returns what was drawn from each.
 */
export async function moveStockOut(tx: Tx, input: StockOutInput): Promise<Allocation[]> {
  const quantity = requirePositiveQuantity(input.quantity);
  const reason = outboundReason(input);
  const warehouse = await loadWarehouse(tx, input.warehouseId, input.now);
  const product = await loadProduct(tx, input.productId);

  const notExpiredOn = input.type === "WRITE_OFF" ? null : warehouse.today;
  const batches = await lockBatches(tx, drawableBatches(product.id, warehouse.id, notExpiredOn));
  const { available, draws } = allocateFefo(batches, quantity);
  if (available < quantity) {
    throw insufficientStock(available, quantity, product.unit, {
      label: input.type === "SALE" ? "可售" : "可用",
    });
  }
  const sales = input.type === "SALE" ? saleShares(input.sale, product.listPriceFen, draws) : [];
  for (const [index, draw] of draws.entries()) {
    await applyMovement(tx, draw.batch, -draw.quantity, {
      type: input.type,
      reason,
      reference: input.reference,
      actorId: input.actorId,
      occurredAt: input.now,
      sale: sales[index],
    });
  }
  return draws.map(allocationOf);
}

/** A sale's amounts shared over the batches drawn, by units, to the fen (they add up exactly). */
function saleShares(
  sale: Omit<SaleAmounts, "promotionId"> | undefined,
  listPriceFen: number,
  draws: readonly { quantity: number }[],
): SaleAmounts[] {
  const units = draws.map((draw) => draw.quantity);
  const total = units.reduce((sum, n) => sum + n, 0);
  const amounts = sale ?? {
    channel: "STORE",
    revenueFen: listPriceFen * total,
    listValueFen: listPriceFen * total,
  };
  const revenue = allocateLargestRemainder(amounts.revenueFen, units);
  const listValue = allocateLargestRemainder(amounts.listValueFen, units);
  return draws.map((_, i) => ({
    channel: amounts.channel,
    revenueFen: revenue[i] ?? 0,
    listValueFen: listValue[i] ?? 0,
  }));
}
