import { resolveTierPolicy, type TierPolicy, validateTierPolicy } from "@shelfloop/core";
import type { Tx } from "../../scope";

/** A tenant's tier policies, indexed for resolution (product > category > tenant > default). */
export interface TenantTierPolicies {
  tenant: TierPolicy | null;
  byCategory: Map<string, TierPolicy>;
  byProduct: Map<string, TierPolicy>;
}

function parse(stored: unknown, where: string): TierPolicy {
  const result = validateTierPolicy(stored);
  // Policies are validated before they are written; a stored one that fails is a bug, not input.
  if (!result.ok) throw new Error(`invalid stored tier policy (${where}): ${result.errors[0]?.message}`);
  return result.policy;
}

export async function loadTierPolicies(tx: Tx): Promise<TenantTierPolicies> {
  const rows = await tx.tierPolicy.findMany({ select: { scope: true, target: true, tiers: true } });
  const policies: TenantTierPolicies = { tenant: null, byCategory: new Map(), byProduct: new Map() };
  for (const row of rows) {
    const policy = parse(row.tiers, `${row.scope} ${row.target}`);
    if (row.scope === "TENANT") policies.tenant = policy;
    else if (row.scope === "CATEGORY") policies.byCategory.set(row.target, policy);
    else policies.byProduct.set(row.target, policy);
  }
  return policies;
}

export function policyForProduct(policies: TenantTierPolicies, product: { id: string; category: string }) {
  return resolveTierPolicy({
    product: policies.byProduct.get(product.id) ?? null,
    category: policies.byCategory.get(product.category) ?? null,
    tenant: policies.tenant,
  });
}
