import { type CalendarDate, daysBetween, todayIn } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { StockError } from "./errors";

export interface StockWarehouse {
  id: string;
  tenantId: string;
  archived: boolean;
  /** The tenant's timezone: tiers are kept in it (see tiering). */
  tenantTimezone: string;
  /**
   * The date that decides expiry in this warehouse: its local date (its own timezone, else the
   * tenant's), or the tenant's date when that is later, because the database refuses sales by the
   * tenant's calendar and a warehouse behind it must stop selling at the tenant's midnight too.
   */
  today: CalendarDate;
}

export async function loadWarehouse(tx: Tx, warehouseId: string, now: Date): Promise<StockWarehouse> {
  const warehouse = await tx.warehouse.findUnique({
    where: { id: warehouseId },
    select: {
      id: true,
      tenantId: true,
      timezone: true,
      archivedAt: true,
      tenant: { select: { timezone: true } },
    },
  });
  if (!warehouse) throw new StockError("WAREHOUSE_NOT_FOUND", "仓库不存在");
  const tenantTimezone = warehouse.tenant.timezone;
  const tenantToday = todayIn(tenantTimezone, now);
  const localToday = todayIn(warehouse.timezone ?? tenantTimezone, now);
  return {
    id: warehouse.id,
    tenantId: warehouse.tenantId,
    archived: warehouse.archivedAt !== null,
    tenantTimezone,
    today: daysBetween(tenantToday, localToday) > 0 ? localToday : tenantToday,
  };
}

/** Stock only arrives in warehouses still in use; an archived one may still be emptied. */
export function requireOpen(warehouse: StockWarehouse): StockWarehouse {
  if (warehouse.archived) throw new StockError("WAREHOUSE_ARCHIVED", "仓库已停用，不能入库");
  return warehouse;
}

export interface StockProduct {
  id: string;
  category: string;
  shelfLifeDays: number;
  unit: string;
  listPriceFen: number;
}

export async function loadProduct(tx: Tx, productId: string): Promise<StockProduct> {
  const product = await tx.product.findUnique({
    where: { id: productId },
    select: { id: true, category: true, shelfLifeDays: true, unit: true, listPriceFen: true },
  });
  if (!product) throw new StockError("PRODUCT_NOT_FOUND", "商品不存在");
  return product;
}
