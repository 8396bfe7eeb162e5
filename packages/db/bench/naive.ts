import { calendarDateOf, daysBetween, tierOf, todayIn } from "@shelfloop/core";
import { type Database, loadTierPolicies, policyForProduct, withTenant } from "../src";

/**
 * The obvious ORM implementation tiering replaces: read the tenant's batches, tier each in JS with
 * `tierOf`, and write every change as its own update plus history insert. Same transaction scope,
 * same policies and same rows as `retierTenantById`; returns how many batches changed tier.
 */
export function naiveRetierTenant(db: Database, tenantId: string, now: Date): Promise<number> {
  return withTenant(
    db,
    { tenantId },
    async (tx) => {
      const { timezone } = await tx.tenant.findUniqueOrThrow({
        where: { id: tenantId },
        select: { timezone: true },
      });
      const today = todayIn(timezone, now);
      const policies = await loadTierPolicies(tx);
      const products = await tx.product.findMany({
        select: { id: true, category: true, shelfLifeDays: true },
      });
      const productById = new Map(
        products.map((p) => [
          p.id,
          { shelfLifeDays: p.shelfLifeDays, policy: policyForProduct(policies, p) },
        ]),
      );
      const batches = await tx.batch.findMany({
        where: { qtyOnHand: { gt: 0 }, status: { in: ["ACTIVE", "QUARANTINED"] } },
        select: { id: true, productId: true, expiryDate: true, tier: true },
      });
      let changed = 0;
      for (const batch of batches) {
        const product = productById.get(batch.productId);
        if (!product) throw new Error(`batch ${batch.id} has no product`); // impossible: foreign key
        const remainingDays = daysBetween(today, calendarDateOf(batch.expiryDate));
        const toTier = tierOf(product.policy, { remainingDays, shelfLifeDays: product.shelfLifeDays });
        if (toTier === batch.tier) continue;
        await tx.batch.update({ where: { id: batch.id }, data: { tier: toTier, tierChangedAt: now } });
        await tx.batchTierChange.create({
          data: { tenantId, batchId: batch.id, fromTier: batch.tier, toTier, remainingDays, changedAt: now },
        });
        changed++;
      }
      return changed;
    },
    // Thousands of round trips in one transaction: far beyond the default 15 s request budget.
    { timeoutMs: 30 * 60_000 },
  );
}
