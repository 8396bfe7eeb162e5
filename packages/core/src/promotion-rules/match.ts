import type { RuleCondition } from "./types";

/** What rule matching reads about a batch. */
export interface MatchableBatch {
  readonly tier: string;
  readonly productId: string;
  readonly category: string;
  readonly warehouseId: string;
  /** Units on hand not yet reserved. */
  readonly qtyAvailable: number;
}

const anyOrIncludes = (list: readonly string[], value: string) => list.length === 0 || list.includes(value);

export function ruleMatches(condition: RuleCondition, batch: MatchableBatch): boolean {
  return (
    condition.tiers.includes(batch.tier) &&
    anyOrIncludes(condition.categories, batch.category) &&
    anyOrIncludes(condition.productIds, batch.productId) &&
    anyOrIncludes(condition.warehouseIds, batch.warehouseId) &&
    batch.qtyAvailable >= condition.minQtyOnHand
  );
}

/** The first enabled rule (lowest priority number, then id) whose condition the batch meets. */
export function firstMatchingRule<
  R extends { id: string; priority: number; enabled: boolean; condition: RuleCondition },
>(rules: readonly R[], batch: MatchableBatch): R | null {
  const ordered = [...rules].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  return ordered.find((rule) => rule.enabled && ruleMatches(rule.condition, batch)) ?? null;
}
