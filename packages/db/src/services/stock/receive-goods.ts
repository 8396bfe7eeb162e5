import { type CalendarDate, planReceipt, remainingDays, todayIn } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { BusinessError } from "../errors";
import { requireLocationIn } from "../locations/locations";
import { loadTierPolicies } from "../tiering/policies";
import type { TierChange } from "../tiering/retier-tenant";
import type { StockReference } from "./apply";
import { loadProduct, loadWarehouse } from "./context";
import { recordReceiptTier } from "./receipt-tier";
import { type ReceiveResult, receiveBatch } from "./receive";

/** A lot as the receiving form gives it: one of the two dates may be left to the shelf life. */
export interface GoodsReceiptInput {
  warehouseId: string;
  productId: string;
  lotCode: string;
  productionDate?: CalendarDate | undefined;
  expiryDate?: CalendarDate | undefined;
  quantity: number;
  /** The location of the warehouse the lot is put in (the whole batch moves there). */
  locationId?: string | undefined;
  /** Why a manager receives expired goods; the caller checks the role. */
  managerOverrideReason?: string | undefined;
  reference?: StockReference | undefined;
  actorId: string;
  now: Date;
}

export interface GoodsReceiptResult extends ReceiveResult {
  productionDate: CalendarDate;
  expiryDate: CalendarDate;
  /** As of the tenant's today, like the tier. */
  remainingDays: number;
  /** Set when the lot arrived in an alerting tier: to be announced once the transaction commits. */
  tierChange: TierChange | null;
}

/**
 * Receives a lot as typed or scanned: the dates are resolved and checked here with planReceipt
 * (never taken from the browser's own calculation), an expired lot needs the manager's reason, and
 * a new batch that starts in an alerting tier gets its tier change recorded (see recordReceiptTier).
 * A refused receipt is a BusinessError naming the form field to blame.
 */
export async function receiveGoods(tx: Tx, input: GoodsReceiptInput): Promise<GoodsReceiptResult> {
  const warehouse = await loadWarehouse(tx, input.warehouseId, input.now);
  const product = await loadProduct(tx, input.productId);
  const plan = planReceipt(
    {
      productionDate: input.productionDate,
      expiryDate: input.expiryDate,
      shelfLife: { days: product.shelfLifeDays },
      quantity: input.quantity,
      managerOverrideReason: input.managerOverrideReason,
    },
    // The date receiveBatch refuses expired lots by, so the two checks agree.
    warehouse.today,
  );
  if (!plan.ok) {
    const [first] = plan.errors;
    throw new BusinessError("BAD_REQUEST", first?.message ?? "收货信息无效", first?.field);
  }
  const location = input.locationId ? await requireLocationIn(tx, input.locationId, warehouse.id) : null;
  const received = await receiveBatch(tx, {
    productId: product.id,
    warehouseId: warehouse.id,
    lotCode: input.lotCode,
    productionDate: plan.productionDate,
    expiryDate: plan.expiryDate,
    quantity: plan.quantity,
    reference: input.reference,
    actorId: input.actorId,
    now: input.now,
    expiredOverrideReason: plan.expiredOverride ? input.managerOverrideReason : undefined,
  });
  if (location) await tx.batch.update({ where: { id: received.batchId }, data: { locationId: location.id } });
  const left = remainingDays(plan.expiryDate, todayIn(warehouse.tenantTimezone, input.now));
  const tierChange = received.created
    ? await recordReceiptTier(tx, await loadTierPolicies(tx), {
        tenantId: warehouse.tenantId,
        batchId: received.batchId,
        product,
        tier: received.tier.key,
        remainingDays: left,
        now: input.now,
      })
    : null;
  return {
    ...received,
    productionDate: plan.productionDate,
    expiryDate: plan.expiryDate,
    remainingDays: left,
    tierChange,
  };
}
