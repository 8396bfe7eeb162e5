// Money ratios are always a × b / c on integer fen, never a float intermediate. BigInt keeps a × b
// exact past 2^53 (quantity × price × percent can get there); the results are back in fen range.

/** a × b / c rounded half up (149.5 → 150), for non-negative integers a, b and c > 0. */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  const divisor = BigInt(c);
  return Number((BigInt(a) * BigInt(b) * 2n + divisor) / (divisor * 2n));
}

/** a × b / c rounded up, so a price floor is never a fraction of a fen too low. */
export function mulDivCeil(a: number, b: number, c: number): number {
  const divisor = BigInt(c);
  return Number((BigInt(a) * BigInt(b) + divisor - 1n) / divisor);
}

/** Whole times `b` fits in `a`, for non-negative integers. */
export function floorDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}
