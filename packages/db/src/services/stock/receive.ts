import type { CalendarDate } from "@shelfloop/core";
import type { Tx } from "../../scope";
import type { StockReference } from "./apply";
import { loadProduct, loadWarehouse, requireOpen } from "./context";
import { StockError } from "./errors";
import { requireNote, requirePositiveQuantity } from "./guards";
import { addToLot } from "./lots";
import { newBatchTier } from "./tier";

export interface ReceiveInput {
  productId: string;
  warehouseId: string;
  lotCode: string;
  productionDate: CalendarDate;
  expiryDate: CalendarDate;
  quantity: number;
  reference?: StockReference | undefined;
  actorId: string | null;
  now: Date;
  /** Receiving stock that has already expired (e.g. returns held for destruction) needs a reason. */
  expiredOverrideReason?: string | undefined;
}

export interface ReceiveResult {
  batchId: string;
  /** False when the units were added to the warehouse's existing batch of the lot. */
  created: boolean;
  /** The tier the lot is in as of the receipt; a new batch is stored in it right away. */
  tier: { key: string; name: string; color: string };
}

/**
 * Receives units of a lot into a warehouse with a RECEIVE ledger row: a new batch, placed in its tier
 * at once (the hourly re-tiering would find nothing to change), or more units for the warehouse's
 * batch of the same lot when its dates are identical — other dates are refused (LOT_DATES_MISMATCH).
 * An existing batch keeps its stored tier; the re-tiering job updates it and alerts as usual.
 * Dates are validated by the caller; expired stock needs `expiredOverrideReason`.
 */
export async function receiveBatch(tx: Tx, input: ReceiveInput): Promise<ReceiveResult> {
  const quantity = requirePositiveQuantity(input.quantity);
  const lotCode = input.lotCode.trim();
  if (!lotCode) throw new StockError("INVALID_LOT_CODE", "批号不能为空");
  const warehouse = requireOpen(await loadWarehouse(tx, input.warehouseId, input.now));
  const product = await loadProduct(tx, input.productId);

  let reason: string | null = null;
  if (input.expiryDate < warehouse.today) {
    if (input.expiredOverrideReason === undefined) {
      throw new StockError(
        "EXPIRED_ON_RECEIPT",
        `该批次已过期（到期日期 ${input.expiryDate}）；如确需入库，请由店长填写原因`,
      );
    }
    reason = `已过期入库：${requireNote(input.expiredOverrideReason, "已过期批次入库必须填写原因")}`;
  }

  const tier = (await newBatchTier(tx, product, warehouse.tenantTimezone, input.now))(input.expiryDate);
  const { batchId, created } = await addToLot(
    tx,
    {
      tenantId: warehouse.tenantId,
      productId: product.id,
      warehouseId: warehouse.id,
      lotCode,
      productionDate: input.productionDate,
      expiryDate: input.expiryDate,
      quantity,
      tier: tier.key,
    },
    { type: "RECEIVE", reason, reference: input.reference, actorId: input.actorId, occurredAt: input.now },
  );
  return { batchId, created, tier };
}
