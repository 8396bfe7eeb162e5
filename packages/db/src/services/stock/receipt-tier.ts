import type { Tx } from "../../scope";
import { policyForProduct, type TenantTierPolicies } from "../tiering/policies";
import type { TierChange } from "../tiering/retier-tenant";

/** A batch just created by a receipt, with the tier receiveBatch placed it in. */
export interface ReceivedBatch {
  tenantId: string;
  batchId: string;
  product: { id: string; category: string };
  tier: string;
  remainingDays: number;
  now: Date;
}

/**
 * A batch received straight into an alerting tier is never moved there by re-tiering, which is what
 * records tier changes and triggers alerts; so the receipt records the change from the policy's
 * first (normal) tier itself, exactly as re-tiering would have. Returns the change to announce (the
 * same shape re-tiering returns), or null for a batch that arrived in the normal tier.
 */
export async function recordReceiptTier(
  tx: Tx,
  policies: TenantTierPolicies,
  batch: ReceivedBatch,
): Promise<TierChange | null> {
  const normalTier = policyForProduct(policies, batch.product).tiers[0]?.key;
  if (normalTier === undefined || batch.tier === normalTier) return null;
  const change = {
    batchId: batch.batchId,
    fromTier: normalTier,
    toTier: batch.tier,
    remainingDays: batch.remainingDays,
  };
  await tx.batchTierChange.create({ data: { tenantId: batch.tenantId, ...change, changedAt: batch.now } });
  await tx.batch.update({ where: { id: batch.batchId }, data: { tierChangedAt: batch.now } });
  return change;
}
