import { calendarDateOf, EXPIRED_TIER, remainingDays, todayIn } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { BusinessError } from "../errors";
import { tierNamesOf } from "../tiering/describe";
import { loadTierPolicies, policyForProduct } from "../tiering/policies";

/**
 * The 临期专区 task list of one store: batches with stock in an alert tier (neither their policy's
 * normal tier nor expired) that do not sit in a clearance-zone location, the latest tier change first.
 * Each is done by moving the batch into one of the store's clearance-zone locations (`zones`).
 */
export async function clearanceZoneTasks(tx: Tx, warehouseId: string, now: Date) {
  const warehouse = await tx.warehouse.findUnique({
    where: { id: warehouseId },
    select: { id: true, name: true, timezone: true, tenant: { select: { timezone: true } } },
  });
  if (!warehouse) throw new BusinessError("NOT_FOUND", "门店不存在", "warehouseId");
  const today = todayIn(warehouse.tenant.timezone, now);
  const [zones, rows, policies] = await Promise.all([
    tx.location.findMany({
      where: { warehouseId, isClearanceZone: true, archivedAt: null },
      orderBy: { code: "asc" },
      select: { id: true, code: true, name: true },
    }),
    tx.batch.findMany({
      where: {
        warehouseId,
        qtyOnHand: { gt: 0 },
        tier: { not: EXPIRED_TIER.key },
        OR: [{ locationId: null }, { location: { isClearanceZone: false } }],
      },
      orderBy: [{ tierChangedAt: { sort: "desc", nulls: "last" } }, { expiryDate: "asc" }, { id: "asc" }],
      take: 500,
      include: {
        product: { select: { id: true, sku: true, name: true, category: true, unit: true } },
        location: { select: { code: true } },
      },
    }),
    loadTierPolicies(tx),
  ]);
  const used = new Set<ReturnType<typeof policyForProduct>>();
  const tasks = rows.flatMap((batch) => {
    const policy = policyForProduct(policies, batch.product);
    if (batch.tier === (policy.tiers[0]?.key ?? "")) return [];
    used.add(policy);
    const expiryDate = calendarDateOf(batch.expiryDate);
    return [
      {
        batchId: batch.id,
        lotCode: batch.lotCode,
        productName: batch.product.name,
        sku: batch.product.sku,
        unit: batch.product.unit,
        tier: batch.tier,
        tierChangedAt: batch.tierChangedAt,
        expiryDate,
        remainingDays: remainingDays(expiryDate, today),
        qtyOnHand: batch.qtyOnHand,
        locationCode: batch.location?.code ?? null,
      },
    ];
  });
  return {
    warehouseId: warehouse.id,
    warehouseName: warehouse.name,
    zones,
    tierNames: tierNamesOf([...used]),
    tasks,
  };
}
