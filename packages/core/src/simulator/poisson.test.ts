import { describe, expect, it } from "vitest";
import { poissonQuantile } from "./poisson";
import { mulberry32 } from "./prng";

describe("poissonQuantile", () => {
  it("inverts the CDF", () => {
    // λ = 2: P(0) = e^−2 = 0.1353, P(≤1) = 3e^−2 = 0.4060, P(≤2) = 5e^−2 = 0.6767.
    expect(poissonQuantile(0, 2)).toBe(0);
    expect(poissonQuantile(0.13, 2)).toBe(0);
    expect(poissonQuantile(0.14, 2)).toBe(1);
    expect(poissonQuantile(0.5, 2)).toBe(2);
    expect(poissonQuantile(0.99, 0)).toBe(0);
  });

  it("is monotone in λ for the same shopper, so a lower price never sells less", () => {
    const rng = mulberry32(3);
    for (let i = 0; i < 500; i++) {
      const u = rng();
      let previous = 0;
      for (const lambda of [0.2, 0.5, 1, 2, 4, 8, 16, 40]) {
        const k = poissonQuantile(u, lambda);
        expect(k).toBeGreaterThanOrEqual(previous);
        previous = k;
      }
    }
  });

  it("has mean λ over uniform draws", () => {
    const rng = mulberry32(5);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += poissonQuantile(rng(), 3.5);
    expect(sum / 20_000).toBeCloseTo(3.5, 1);
  });

  it("approximates very large λ and rejects bad input", () => {
    expect(poissonQuantile(0.5, 1000)).toBe(1000);
    expect(() => poissonQuantile(1, 2)).toThrow(RangeError);
    expect(() => poissonQuantile(0.5, -1)).toThrow(RangeError);
  });
});
