// A seeded generator so a run is reproducible bit for bit: Math.random cannot be seeded.

/** mulberry32: a 32-bit state PRNG (Tommy Ettinger), uniform on [0, 1). Plenty for a simulation, not for crypto. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * An independent stream per purpose (catalogue, shoppers, deliveries), so adding a draw to one does
 * not shift every number of the others. The salt is mixed in with a multiplicative hash.
 */
export function substream(seed: number, salt: number): () => number {
  return mulberry32(Math.imul((seed ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35));
}

export function uniformInt(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Log-uniform on [min, max]: as many products sell 1–2 a day as 5–10, as in real assortments. */
export function logUniform(rng: () => number, min: number, max: number): number {
  return min * (max / min) ** rng();
}

/** Standard normal by Box–Muller; 1 − u keeps log away from 0. */
export function standardNormal(rng: () => number): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
