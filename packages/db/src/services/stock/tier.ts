import { type CalendarDate, remainingDays, todayIn } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { describeTier } from "../tiering/describe";
import { loadTierPolicies, policyForProduct, type TenantTierPolicies } from "../tiering/policies";

/** The tier a batch of `product` is in on `today`, by its expiry date, under the tenant's policies. */
export function batchTierOn(
  policies: TenantTierPolicies,
  product: { id: string; category: string; shelfLifeDays: number },
  today: CalendarDate,
) {
  const policy = policyForProduct(policies, product);
  return (expiryDate: CalendarDate) =>
    describeTier(policy, {
      remainingDays: remainingDays(expiryDate, today),
      shelfLifeDays: product.shelfLifeDays,
    });
}

/**
 * The tier a new batch of `product` is in, by expiry date: exactly what the hourly re-tiering would
 * set (tenant calendar, the product's shelf life), so the job finds nothing to change afterwards.
 */
export async function newBatchTier(
  tx: Tx,
  product: { id: string; category: string; shelfLifeDays: number },
  tenantTimezone: string,
  now: Date,
) {
  return batchTierOn(await loadTierPolicies(tx), product, todayIn(tenantTimezone, now));
}
