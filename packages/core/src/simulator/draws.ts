import type { Product } from "./catalog";
import { substream } from "./prng";

/**
 * Every random number a run needs, drawn once per product and day before any policy runs (common
 * random numbers): the policies then differ only by what they do, never by luck. Demand turns its
 * uniform into units with the Poisson quantile at that day's price; a delivery ordered that day
 * takes its age from the second uniform; the opening stock its age from the third.
 */
export interface Draws {
  /** [product][day] */
  readonly demand: readonly Float64Array[];
  /** [product][day], used when an order placed that day arrives. */
  readonly receiptAge: readonly Float64Array[];
  /** [product] */
  readonly openingAge: Float64Array;
}

export function drawAll(seed: number, products: readonly Product[], totalDays: number): Draws {
  const demandRng = substream(seed, 2);
  const ageRng = substream(seed, 3);
  const openingRng = substream(seed, 4);
  const fill = (rng: () => number) => {
    const row = new Float64Array(totalDays);
    for (let day = 0; day < totalDays; day++) row[day] = rng();
    return row;
  };
  return {
    demand: products.map(() => fill(demandRng)),
    receiptAge: products.map(() => fill(ageRng)),
    openingAge: Float64Array.from(products, () => openingRng()),
  };
}
