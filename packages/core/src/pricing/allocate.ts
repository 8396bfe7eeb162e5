/**
 * Splits `total` fen over `weights` in proportion, exactly, by the largest-remainder method: each part
 * gets the floor of its share, then the fen left over go one each to the largest remainders, the
 * earlier part first on a tie. Parts sum to `total`, and a part never exceeds the ceiling of its
 * exact share, so a discount split by list value never exceeds any part's list value.
 */
export function allocateLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (total === 0) return weights.map(() => 0);
  const sum = BigInt(weights.reduce((acc, weight) => acc + weight, 0));
  if (sum === 0n) throw new RangeError(`无法按零权重分摊 ${total} 分`);
  const exact = weights.map((weight) => BigInt(total) * BigInt(weight));
  const shares = exact.map((scaled) => Number(scaled / sum));
  const leftOver = total - shares.reduce((acc, share) => acc + share, 0);
  const byRemainder = exact
    .map((scaled, index) => ({ index, remainder: scaled % sum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const bumped = new Set(byRemainder.slice(0, leftOver).map(({ index }) => index));
  return shares.map((share, index) => (bumped.has(index) ? share + 1 : share));
}

/**
 * The largest-remainder split with a cap per part (water-filling): a part whose share would pass
 * its cap is held at the cap and the excess is split again over the parts still below theirs.
 * Returns parts summing to min(total, Σ caps). A part with weight 0 must have cap 0.
 */
export function allocateCapped(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const parts = weights.map(() => 0);
  let left = Math.min(
    total,
    caps.reduce((acc, cap) => acc + cap, 0),
  );
  // Each round either places everything or fills at least one part to its cap, so it ends.
  while (left > 0) {
    const open = parts.flatMap((part, index) => (part < (caps[index] ?? 0) ? [index] : []));
    const shares = allocateLargestRemainder(
      left,
      open.map((index) => weights[index] ?? 0),
    );
    left = 0;
    open.forEach((index, k) => {
      const share = shares[k] ?? 0;
      const room = (caps[index] ?? 0) - (parts[index] ?? 0);
      parts[index] = (parts[index] ?? 0) + Math.min(share, room);
      left += Math.max(0, share - room);
    });
  }
  return parts;
}
