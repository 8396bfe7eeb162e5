import {
  type CalendarDate,
  planReceipt,
  type ReceiptFieldError,
  remainingDays,
  todayIn,
} from "@shelfloop/core";
import type { Tx } from "../../scope";
import { loadProduct, loadWarehouse, requireOpen } from "./context";
import { newBatchTier } from "./tier";

export interface ReceiptPreviewInput {
  warehouseId: string;
  productId: string;
  productionDate?: CalendarDate | undefined;
  expiryDate?: CalendarDate | undefined;
  quantity: number;
  now: Date;
}

export type ReceiptPreview =
  | {
      ok: true;
      productionDate: CalendarDate;
      expiryDate: CalendarDate;
      /** Where the expiry date came from: the label, or the production date + the product's shelf life. */
      derived: "barcode" | "shelf-life";
      /** As of the tenant's today, like the tier and the batch page. */
      remainingDays: number;
      /** Receiving it needs a manager's reason. */
      expired: boolean;
      tier: { key: string; name: string; color: string };
    }
  | { ok: false; errors: ReceiptFieldError[] };

/**
 * What receiving a lot would record, before anything is written: its dates resolved as receiveGoods
 * will resolve them, days left and the tier it will start in. An expired lot is previewed (so a
 * manager can be asked for the reason) rather than refused.
 */
export async function previewReceipt(tx: Tx, input: ReceiptPreviewInput): Promise<ReceiptPreview> {
  const warehouse = requireOpen(await loadWarehouse(tx, input.warehouseId, input.now));
  const product = await loadProduct(tx, input.productId);
  const plan = planReceipt(
    {
      productionDate: input.productionDate,
      expiryDate: input.expiryDate,
      shelfLife: { days: product.shelfLifeDays },
      quantity: input.quantity,
    },
    warehouse.today,
    { previewExpired: true },
  );
  if (!plan.ok) return plan;
  const tierOf = await newBatchTier(tx, product, warehouse.tenantTimezone, input.now);
  return {
    ok: true,
    productionDate: plan.productionDate,
    expiryDate: plan.expiryDate,
    derived: plan.derived,
    remainingDays: remainingDays(plan.expiryDate, todayIn(warehouse.tenantTimezone, input.now)),
    expired: plan.remainingDays < 0,
    tier: tierOf(plan.expiryDate),
  };
}
