import { BEIJING_PRESET_POLICY, DEFAULT_TIER_POLICY, type TierPolicy } from "@shelfloop/core";
import { loadTierPolicies, productLabels } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";

/** Every stored policy of the tenant, the built-in default and the presets, for the settings page. */
export const getPolicies = tenantProcedure.query(async ({ ctx }) => {
  const policies = await loadTierPolicies(ctx.tx);
  const names = await productLabels(ctx.tx, [...policies.byProduct.keys()]);
  const entries = <K>(map: Map<K, TierPolicy>) => [...map.entries()];
  return {
    tenant: policies.tenant,
    categories: entries(policies.byCategory).map(([category, policy]) => ({ category, policy })),
    products: entries(policies.byProduct).map(([productId, policy]) => ({
      productId,
      label: names.get(productId) ?? productId,
      policy,
    })),
    defaultPolicy: DEFAULT_TIER_POLICY,
    presets: [{ key: "BEIJING", name: "北京市临期食品管理规定", policy: BEIJING_PRESET_POLICY }],
  };
});
