import { mulDivHalfUp } from "../pricing/rounding";
import { logUniform, standardNormal, substream, uniformInt } from "./prng";

/** What the simulated store knows about a category, and how its shoppers behave. */
export interface CategorySpec {
  /** Chinese name, as tenants spell it, so the advisor's elasticity table applies. */
  readonly name: string;
  /** Share of the assortment. */
  readonly share: number;
  readonly shelfLifeDays: readonly [number, number];
  /** Days of shelf life already gone when a delivery arrives. */
  readonly ageAtReceiptDays: readonly [number, number];
  readonly listPriceFen: readonly [number, number];
  /** Cost as a percent of list price. */
  readonly costPercent: readonly [number, number];
  /** Mean units/day at list price on an average weekday, drawn log-uniform. */
  readonly baseDemand: readonly [number, number];
  /** Mean true elasticity; each product deviates from it (see TRUE_ELASTICITY_SPREAD). */
  readonly elasticity: number;
  /** Days between orders, and from order to arrival. */
  readonly reviewDays: number;
  readonly leadDays: number;
  /** Units per case; orders are whole cases. */
  readonly casePacks: readonly number[];
}

/**
 * The store's categories. Shelf lives are the ranges; prices, margins and paces are a
 * plausible Chinese community store, not data. Elasticity means equal the advisor's table, so the
 * advisor is right on average and wrong per product.
 */
export const CATEGORIES: readonly CategorySpec[] = [
  {
    name: "烘焙",
    share: 0.15,
    shelfLifeDays: [3, 5],
    ageAtReceiptDays: [0, 1],
    listPriceFen: [500, 1800],
    costPercent: [50, 60],
    baseDemand: [2, 12],
    elasticity: 2.5,
    reviewDays: 1,
    leadDays: 1,
    casePacks: [4, 6],
  },
  {
    name: "乳制品",
    share: 0.2,
    shelfLifeDays: [7, 21],
    ageAtReceiptDays: [1, 3],
    listPriceFen: [300, 2500],
    costPercent: [65, 75],
    baseDemand: [1, 10],
    elasticity: 2.5,
    reviewDays: 2,
    leadDays: 1,
    casePacks: [6, 12],
  },
  {
    name: "休闲零食",
    share: 0.3,
    shelfLifeDays: [90, 270],
    ageAtReceiptDays: [10, 40],
    listPriceFen: [500, 3000],
    costPercent: [55, 65],
    baseDemand: [0.3, 6],
    elasticity: 2,
    reviewDays: 7,
    leadDays: 3,
    casePacks: [12, 24],
  },
  {
    name: "饮料",
    share: 0.25,
    shelfLifeDays: [180, 365],
    ageAtReceiptDays: [15, 60],
    listPriceFen: [300, 1500],
    costPercent: [55, 65],
    baseDemand: [0.5, 10],
    elasticity: 1.8,
    reviewDays: 7,
    leadDays: 3,
    casePacks: [12, 24],
  },
  {
    name: "罐头",
    share: 0.1,
    shelfLifeDays: [540, 730],
    ageAtReceiptDays: [30, 120],
    listPriceFen: [800, 2500],
    costPercent: [65, 75],
    baseDemand: [0.2, 3],
    elasticity: 1.2,
    reviewDays: 14,
    leadDays: 3,
    casePacks: [12, 24],
  },
];

/** Store-wide weekday pattern, Monday first (weekend peak), scaled to average 1. */
export const TRUE_WEEKDAY_FACTORS: readonly number[] = (() => {
  const raw = [0.9, 0.88, 0.92, 0.95, 1.05, 1.25, 1.1];
  const mean = raw.reduce((a, f) => a + f, 0) / raw.length;
  return raw.map((f) => f / mean);
})();

/** A product's true elasticity is the category mean × e^(0.25 Z), clamped to [0.3, 5]. */
export const TRUE_ELASTICITY_SPREAD = 0.25;

/** Safety factor of the order-up-to level: about 84 % of review periods end without a stock-out. */
export const SAFETY_Z = 1;

export interface Product {
  readonly index: number;
  readonly id: string;
  readonly category: CategorySpec;
  readonly shelfLifeDays: number;
  readonly listPriceFen: number;
  readonly costFen: number;
  readonly baseDemand: number;
  readonly elasticity: number;
  readonly casePack: number;
  /** Order up to this many units (on hand + on order) at each review. */
  readonly orderUpTo: number;
  /** Reviews happen on days where day % reviewDays === reviewOffset, staggered over the week. */
  readonly reviewOffset: number;
}

/** The assortment: category by share (largest remainder), then per-product draws from the seed. */
export function generateProducts(seed: number, count: number): Product[] {
  const rng = substream(seed, 1);
  const quotas = CATEGORIES.map((c) => Math.floor(c.share * count));
  for (let i = 0; quotas.reduce((a, q) => a + q, 0) < count; i++) {
    const index = i % quotas.length;
    quotas[index] = (quotas[index] ?? 0) + 1;
  }
  const products: Product[] = [];
  CATEGORIES.forEach((category, c) => {
    for (let k = 0; k < (quotas[c] ?? 0); k++) {
      const index = products.length;
      const listPriceFen = 10 * Math.round(logUniform(rng, ...category.listPriceFen) / 10);
      const costPercent = uniformInt(rng, ...category.costPercent);
      const baseDemand = logUniform(rng, ...category.baseDemand);
      const elasticity = Math.min(
        5,
        Math.max(0.3, category.elasticity * Math.exp(TRUE_ELASTICITY_SPREAD * standardNormal(rng))),
      );
      const cover = baseDemand * (category.reviewDays + category.leadDays);
      products.push({
        index,
        id: `P${String(index + 1).padStart(3, "0")}`,
        category,
        shelfLifeDays: uniformInt(rng, ...category.shelfLifeDays),
        listPriceFen,
        costFen: mulDivHalfUp(listPriceFen, costPercent, 100),
        baseDemand,
        elasticity,
        casePack: category.casePacks[uniformInt(rng, 0, category.casePacks.length - 1)] ?? 1,
        orderUpTo: Math.ceil(cover + SAFETY_Z * Math.sqrt(cover)),
        reviewOffset: uniformInt(rng, 0, category.reviewDays - 1),
      });
    }
  });
  return products;
}
