import {
  type CalendarDate,
  calendarDateOf,
  DEFAULT_TIER_POLICY,
  daysBetween,
  remainingDays,
  shareOfShelfLifeRemaining,
} from "@shelfloop/core";
import type { Tx } from "../../scope";
import { describeTier } from "../tiering/describe";
import { loadTierPolicies, policyForProduct } from "../tiering/policies";

/** One batch with its tier (as of today, under the current policy), tier history and stock movements. */
export async function getBatch(tx: Tx, id: string, today: CalendarDate) {
  const batch = await tx.batch.findUnique({
    where: { id },
    include: {
      product: { select: { id: true, sku: true, name: true, category: true, unit: true, costFen: true } },
      warehouse: { select: { name: true } },
      location: { select: { id: true, code: true, name: true, isClearanceZone: true } },
      tierChanges: { orderBy: { changedAt: "desc" }, take: 100 },
      movements: { orderBy: { occurredAt: "desc" }, take: 200 },
    },
  });
  if (!batch) return null;
  const productionDate = calendarDateOf(batch.productionDate);
  const expiryDate = calendarDateOf(batch.expiryDate);
  const shelfLifeDays = daysBetween(productionDate, expiryDate);
  const left = remainingDays(expiryDate, today);
  const policy = policyForProduct(await loadTierPolicies(tx), batch.product);
  return {
    id: batch.id,
    lotCode: batch.lotCode,
    product: batch.product,
    warehouseId: batch.warehouseId,
    warehouseName: batch.warehouse.name,
    location: batch.location,
    productionDate,
    expiryDate,
    remainingDays: left,
    percentLeft: shareOfShelfLifeRemaining(productionDate, expiryDate, today),
    tier: describeTier(policy, { remainingDays: left, shelfLifeDays }),
    // History may name tiers of an earlier policy; the built-in names cover the default keys.
    tierNames: Object.fromEntries(
      [...DEFAULT_TIER_POLICY.tiers, ...policy.tiers].map((t) => [t.key, t.name]),
    ),
    qtyReceived: batch.qtyReceived,
    qtyOnHand: batch.qtyOnHand,
    qtyReserved: batch.qtyReserved,
    status: batch.status,
    tierChanges: batch.tierChanges.map(({ fromTier, toTier, remainingDays, changedAt }) => ({
      fromTier,
      toTier,
      remainingDays,
      changedAt,
    })),
    movements: batch.movements.map(
      ({ id, type, quantity, reason, referenceType, referenceId, occurredAt }) => ({
        id,
        type,
        quantity,
        reason,
        referenceType,
        referenceId,
        occurredAt,
      }),
    ),
  };
}
