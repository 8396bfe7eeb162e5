import { DEFAULT_TIER_POLICY } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { tierNamesOf } from "../tiering/describe";
import { loadTierPolicies } from "../tiering/policies";

/** Warehouses, categories and tiers (key and name, most urgent first) a batch list can be filtered by. */
export async function batchFilterOptions(tx: Tx) {
  const [warehouses, categories, policies] = await Promise.all([
    tx.warehouse.findMany({
      where: { archivedAt: null },
      select: { id: true, name: true },
      orderBy: { code: "asc" },
    }),
    tx.product.findMany({ distinct: ["category"], select: { category: true }, orderBy: { category: "asc" } }),
    loadTierPolicies(tx),
  ]);
  const names = tierNamesOf([
    policies.tenant ?? DEFAULT_TIER_POLICY,
    ...policies.byCategory.values(),
    ...policies.byProduct.values(),
  ]);
  return {
    warehouses,
    categories: categories.map((row) => row.category),
    tiers: Object.entries(names).map(([key, name]) => ({ key, name })),
  };
}
