import { requireUnits } from "./guards";

export interface SellThroughInput {
  readonly unitsSold: number;
  /** Units on hand when the period started. */
  readonly openingUnits: number;
  /** Units received during the period. */
  readonly receivedUnits: number;
}

/**
 * Sell-through (动销率) = units sold ÷ (opening units + units received), as a ratio. It can pass 1
 * when the stock counts are off (sales of units never booked in); that is shown, not hidden.
 * null when nothing was available to sell, so the tile shows "—" instead of NaN.
 */
export function sellThrough(input: SellThroughInput): number | null {
  const sold = requireUnits(input.unitsSold, "销量");
  const available =
    requireUnits(input.openingUnits, "期初库存") + requireUnits(input.receivedUnits, "期内到货");
  return available === 0 ? null : sold / available;
}
