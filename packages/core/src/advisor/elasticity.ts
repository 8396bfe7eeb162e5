import { requireRate } from "../metrics/guards";

/**
 * Default price elasticities ε by category, for demand × (p'/p)^(−ε). Perishable staples with close
 * substitutes (bread, yoghurt) react most to a markdown; canned and household goods least, because
 * shoppers do not eat more of them when they are cheap, they only stock up. Rough figures from the
 * retail markdown literature, meant to be replaced by the tenant's own estimate (see estimateElasticity).
 *
 * | 品类 | ε |
 * |---|---|
 * | 烘焙 bakery, 乳制品 dairy | 2.5 |
 * | 休闲零食 snacks | 2.0 |
 * | 饮料 beverages | 1.8 |
 * | 罐头 canned, 日化 household | 1.2 |
 * | anything else | 1.8 |
 */
export const DEFAULT_ELASTICITY = 1.8;

const ELASTICITY_BY_GROUP = {
  bakery: 2.5,
  dairy: 2.5,
  snacks: 2.0,
  beverages: 1.8,
  canned: 1.2,
  household: 1.2,
};
type Group = keyof typeof ELASTICITY_BY_GROUP;

// Category names are the tenant's free text; these are the usual spellings (and the English keys).
const GROUP_BY_NAME: Record<string, Group> = {
  bakery: "bakery",
  烘焙: "bakery",
  面包: "bakery",
  糕点: "bakery",
  dairy: "dairy",
  乳制品: "dairy",
  乳品: "dairy",
  奶制品: "dairy",
  snacks: "snacks",
  零食: "snacks",
  休闲零食: "snacks",
  休闲食品: "snacks",
  beverages: "beverages",
  饮料: "beverages",
  饮品: "beverages",
  酒水饮料: "beverages",
  canned: "canned",
  罐头: "canned",
  罐头食品: "canned",
  household: "household",
  日化: "household",
  家居日用: "household",
  日用品: "household",
};

export function categoryElasticity(category: string): number {
  const group = GROUP_BY_NAME[category.trim().toLowerCase()];
  return group ? ELASTICITY_BY_GROUP[group] : DEFAULT_ELASTICITY;
}

/** A past markdown of the product (or category): its discount and the pace before and during it. */
export interface PromotionOutcome {
  readonly discountPercent: number;
  /** Units/day at list price before the promotion. */
  readonly preVelocity: number;
  /** Units/day while the promotion ran. */
  readonly postVelocity: number;
}

/** Below this many usable promotions the category default is more trustworthy than the data. */
export const MIN_PROMOTIONS_FOR_ESTIMATE = 5;
export const ELASTICITY_BOUNDS = { min: 0.3, max: 5 } as const;

/**
 * ε̂ = median over past promotions of ln(v_post / v_pre) ÷ −ln(1 − d), clamped to [0.3, 5]; null when
 * fewer than 5 promotions are usable (both velocities > 0 and 0 < d < 100). The median, not the mean,
 * because one promotion that coincided with a holiday would otherwise drag the estimate.
 */
export function estimateElasticity(outcomes: readonly PromotionOutcome[]): number | null {
  const slopes: number[] = [];
  for (const outcome of outcomes) {
    const d = requireRate(outcome.discountPercent, "促销折扣") / 100;
    const pre = requireRate(outcome.preVelocity, "促销前日均销量");
    const post = requireRate(outcome.postVelocity, "促销期日均销量");
    if (d <= 0 || d >= 1 || pre === 0 || post === 0) continue;
    slopes.push(Math.log(post / pre) / -Math.log(1 - d));
  }
  if (slopes.length < MIN_PROMOTIONS_FOR_ESTIMATE) return null;
  slopes.sort((a, b) => a - b);
  const mid = slopes.length >> 1;
  const median =
    slopes.length % 2 === 1 ? (slopes[mid] ?? 0) : ((slopes[mid - 1] ?? 0) + (slopes[mid] ?? 0)) / 2;
  return Math.min(ELASTICITY_BOUNDS.max, Math.max(ELASTICITY_BOUNDS.min, median));
}

/** Demand multiplier of a d % markdown under constant elasticity: (1 − d)^(−ε); 20 % off at ε 2 → 1.5625. */
export function demandMultiplier(discountPercent: number, elasticity: number): number {
  return (1 - discountPercent / 100) ** -elasticity;
}
