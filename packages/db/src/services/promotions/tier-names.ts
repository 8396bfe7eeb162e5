import { DEFAULT_TIER_POLICY, resolveTierPolicy, type TierPolicy } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { tierNamesOf } from "../tiering/describe";
import { loadTierPolicies } from "../tiering/policies";

/** Every policy in force for the tenant: its own (or the default), then category and product overrides. */
async function policiesInForce(tx: Tx): Promise<TierPolicy[]> {
  const policies = await loadTierPolicies(tx);
  return [
    resolveTierPolicy({ tenant: policies.tenant }),
    ...policies.byCategory.values(),
    ...policies.byProduct.values(),
  ];
}

/**
 * Tier key → name over the tenant's policies. The default policy's names come last, for promotions
 * made under an earlier policy.
 */
export async function tenantTierNames(tx: Tx): Promise<Record<string, string>> {
  return tierNamesOf([...(await policiesInForce(tx)), DEFAULT_TIER_POLICY]);
}

/** The tier keys a batch of the tenant can be placed in now (EXPIRED aside). */
export async function tenantTierKeys(tx: Tx): Promise<Set<string>> {
  const policies = await policiesInForce(tx);
  return new Set(policies.flatMap((policy) => policy.tiers.map((tier) => tier.key)));
}
