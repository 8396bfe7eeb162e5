export interface PeriodChange {
  /** current − previous. */
  readonly delta: number;
  /** delta ÷ |previous|; null when previous is 0 (there is no "+∞%"). */
  readonly ratio: number | null;
}

/**
 * Change vs the previous period for a KPI card. Dividing by |previous| keeps the sign of the ratio
 * the sign of the change: a margin going from −100 to −50 is +50%, an improvement, not −50%.
 */
export function periodChange(current: number, previous: number): PeriodChange {
  if (!Number.isFinite(current) || !Number.isFinite(previous)) {
    throw new RangeError(`环比数值必须是有限数: ${current}, ${previous}`);
  }
  const delta = current - previous;
  return { delta, ratio: previous === 0 ? null : delta / Math.abs(previous) };
}
