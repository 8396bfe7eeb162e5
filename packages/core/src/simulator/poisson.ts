/**
 * The Poisson(λ) quantile of u: the smallest k with P(X ≤ k) ≥ u. Inversion (rather than counting
 * arrivals) makes demand a monotone function of one uniform per product and day, so every policy
 * replays the same shopper: a lower price can only raise that day's demand, never reshuffle it.
 */
export function poissonQuantile(u: number, lambda: number): number {
  if (!(u >= 0 && u < 1)) throw new RangeError(`u 必须在 [0, 1) 内: ${u}`);
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new RangeError(`λ 必须是非负有限数: ${lambda}`);
  if (lambda === 0) return 0;
  // e^−λ underflows past ~700; far above any daily demand here, so a normal approximation will do.
  if (lambda > 700) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normalQuantile(u)));
  let k = 0;
  let p = Math.exp(-lambda);
  let cdf = p;
  while (cdf < u && p > 0) {
    k++;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

/** Acklam's rational approximation of the standard normal quantile (|error| < 1.2e-9). */
function normalQuantile(u: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const p = Math.min(Math.max(u, 1e-12), 1 - 1e-12);
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    );
  }
  if (p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return (
      -(((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}
