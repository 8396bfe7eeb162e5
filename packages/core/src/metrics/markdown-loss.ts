import { requireFen, requireUnits } from "./guards";

export interface MarkdownLine {
  readonly listPriceFen: number;
  /** Unit price actually charged. */
  readonly sellingPriceFen: number;
  readonly units: number;
}

/**
 * Markdown margin loss = Σ (list price − selling price) × units, in fen. Exact: integer fen times
 * whole units needs no rounding. A line sold above list counts negative, as the formula says, so the
 * total is the true net gap to list rather than a figure that silently drops data.
 */
export function markdownLossFen(lines: readonly MarkdownLine[]): number {
  let total = 0;
  for (const line of lines) {
    const gap = requireFen(line.listPriceFen, "标价") - requireFen(line.sellingPriceFen, "售价");
    total += gap * requireUnits(line.units, "数量");
  }
  return total;
}
