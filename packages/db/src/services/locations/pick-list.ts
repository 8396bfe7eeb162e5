import type { CalendarDate } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { loadProduct, loadWarehouse } from "../stock/context";
import { allocateFefo } from "../stock/fefo";
import { requirePositiveQuantity } from "../stock/guards";
import { drawableBatches, type LockedBatch } from "../stock/locks";

export interface PickListInput {
  productId: string;
  warehouseId: string;
  quantity: number;
  now: Date;
}

export interface PickLine {
  batchId: string;
  lotCode: string;
  expiryDate: CalendarDate;
  locationId: string | null;
  /** null: the batch has no location (listed last). */
  locationCode: string | null;
  locationName: string | null;
  quantity: number;
}

type PickCandidate = LockedBatch & {
  locationId: string | null;
  locationCode: string | null;
  locationName: string | null;
};

/** Location code order; batches without a location come last, then soonest expiry. */
export function byLocation(a: PickLine, b: PickLine): number {
  if (a.locationCode !== b.locationCode) {
    if (a.locationCode === null) return 1;
    if (b.locationCode === null) return -1;
    return a.locationCode < b.locationCode ? -1 : 1;
  }
  return a.expiryDate < b.expiryDate ? -1 : a.expiryDate > b.expiryDate ? 1 : 0;
}

/**
 * A preview of what an outbound movement of `quantity` units would draw by FEFO (the same batches a
 * sale or transfer takes: active, unreserved, not expired), listed in location-code order so staff
 * walk one route. Reads only: nothing is locked or written, so the real movement may still differ if
 * stock changes meanwhile. `short` is how many units are missing (0 when there is enough).
 */
export async function pickList(tx: Tx, input: PickListInput) {
  const quantity = requirePositiveQuantity(input.quantity);
  const warehouse = await loadWarehouse(tx, input.warehouseId, input.now);
  const product = await loadProduct(tx, input.productId);
  const candidates = await tx.$queryRaw<PickCandidate[]>`
    SELECT b.id::text AS id, b.tenant_id::text AS "tenantId", b.product_id::text AS "productId",
           b.warehouse_id::text AS "warehouseId", b.lot_code AS "lotCode",
           b.production_date::text AS "productionDate", b.expiry_date::text AS "expiryDate",
           b.qty_on_hand AS "qtyOnHand", b.qty_reserved AS "qtyReserved", b.status::text AS status,
           l.id::text AS "locationId", l.code AS "locationCode", l.name AS "locationName"
      FROM batches b LEFT JOIN locations l ON l.tenant_id = b.tenant_id AND l.id = b.location_id
     WHERE ${drawableBatches(product.id, warehouse.id, warehouse.today)}
     ORDER BY b.expiry_date, b.id`;
  const { available, draws } = allocateFefo(candidates, quantity);
  const lines: PickLine[] = draws
    .map(({ batch, quantity: drawn }) => {
      const candidate = batch as PickCandidate;
      return {
        batchId: candidate.id,
        lotCode: candidate.lotCode,
        expiryDate: candidate.expiryDate,
        locationId: candidate.locationId,
        locationCode: candidate.locationCode,
        locationName: candidate.locationName,
        quantity: drawn,
      };
    })
    .sort(byLocation);
  return {
    productId: product.id,
    warehouseId: warehouse.id,
    unit: product.unit,
    requested: quantity,
    available,
    short: Math.max(0, quantity - available),
    lines,
  };
}
