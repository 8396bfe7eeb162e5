// Input checks shared by the metrics. Money is integer fen and stock is whole units, so a fraction
// or NaN here is a caller bug; failing loudly beats a dashboard tile quietly showing NaN.

export function requireFen(value: number, label: string): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${label}必须是整数分: ${value}`);
  return value;
}

export function requireNonNegativeFen(value: number, label: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${label}必须是非负整数分: ${value}`);
  return value;
}

export function requireUnits(value: number, label: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${label}必须是非负整数: ${value}`);
  return value;
}

/** A rate such as units/day: any finite, non-negative number. */
export function requireRate(value: number, label: string): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${label}必须是非负数: ${value}`);
  return value;
}

/**
 * Whole units from a float product such as velocity × days. The tiny nudge absorbs binary noise
 * (0.29 × 100 = 28.999999999999996 must count as 29), far below any real fraction of a unit.
 */
const FLOAT_NOISE = 1e-9;

export function floorUnits(value: number): number {
  return Math.floor(value + FLOAT_NOISE);
}

/** For non-negative inputs; the max keeps 0 from coming back as −0 (ceil(−1e-9) is −0). */
export function ceilUnits(value: number): number {
  return Math.max(0, Math.ceil(value - FLOAT_NOISE));
}
