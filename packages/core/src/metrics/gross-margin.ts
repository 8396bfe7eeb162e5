import { requireNonNegativeFen } from "./guards";

export interface GrossMargin {
  /** Revenue − cost of goods sold, in fen; negative when selling below cost. */
  readonly grossMarginFen: number;
  /** grossMarginFen ÷ revenue; null when there was no revenue. */
  readonly grossMarginRate: number | null;
}

export function grossMargin(revenueFen: number, costOfGoodsFen: number): GrossMargin {
  const revenue = requireNonNegativeFen(revenueFen, "营业额");
  const margin = revenue - requireNonNegativeFen(costOfGoodsFen, "销售成本");
  return { grossMarginFen: margin, grossMarginRate: revenue === 0 ? null : margin / revenue };
}
