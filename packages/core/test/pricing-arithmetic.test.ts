import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateCapped, allocateLargestRemainder } from "../src/pricing/allocate";
import { floorDiv, mulDivCeil, mulDivHalfUp } from "../src/pricing/rounding";

describe("integer rounding", () => {
  it.each([
    { a: 999, b: 15, c: 100, halfUp: 150, ceil: 150 }, // 149.85
    { a: 333, b: 50, c: 100, halfUp: 167, ceil: 167 }, // 166.5: half goes up
    { a: 1005, b: 15, c: 100, halfUp: 151, ceil: 151 }, // 150.75
    { a: 1000, b: 15, c: 100, halfUp: 150, ceil: 150 }, // exact
    { a: 1, b: 49, c: 100, halfUp: 0, ceil: 1 }, // 0.49
    { a: 0, b: 100, c: 100, halfUp: 0, ceil: 0 },
  ])("$a × $b / $c → half up $halfUp, ceil $ceil", ({ a, b, c, halfUp, ceil }) => {
    expect(mulDivHalfUp(a, b, c)).toBe(halfUp);
    expect(mulDivCeil(a, b, c)).toBe(ceil);
  });

  it("stays exact where a float product would not (a × b past 2^53)", () => {
    // 9_007_199_254_740_991 × 3 / 3 in floats comes back rounded; BigInt returns it unchanged.
    expect(mulDivHalfUp(Number.MAX_SAFE_INTEGER, 3, 3)).toBe(Number.MAX_SAFE_INTEGER);
    expect(mulDivCeil(Number.MAX_SAFE_INTEGER, 100, 100)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    [7, 2, 3],
    [6, 2, 3],
    [1, 3, 0],
  ])("floorDiv(%i, %i) = %i", (a, b, q) => {
    expect(floorDiv(a, b)).toBe(q);
  });
});

describe("allocateLargestRemainder", () => {
  it.each([
    { total: 100, weights: [1000, 500, 333], parts: [55, 27, 18] }, // 54.55 / 27.28 / 18.17
    { total: 10, weights: [1, 1, 1], parts: [4, 3, 3] }, // equal remainders: earliest first
    { total: 2, weights: [0, 5, 5], parts: [0, 1, 1] },
    { total: 0, weights: [0, 0], parts: [0, 0] },
    { total: 7, weights: [3], parts: [7] },
  ])("splits $total over $weights as $parts", ({ total, weights, parts }) => {
    expect(allocateLargestRemainder(total, weights)).toEqual(parts);
  });

  it("refuses to split money over nothing", () => {
    expect(() => allocateLargestRemainder(1, [0, 0])).toThrow(RangeError);
  });

  it("always sums to the total and never passes the ceiling of a part's exact share", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (weights, total) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          fc.pre(sum > 0);
          const parts = allocateLargestRemainder(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((part, k) => {
            expect(part).toBeGreaterThanOrEqual(0);
            expect(part).toBeLessThanOrEqual(mulDivCeil(total, weights[k] ?? 0, sum));
          });
        },
      ),
    );
  });
});

describe("allocateCapped", () => {
  it.each([
    // No cap binds: the plain proportional split.
    { total: 300, weights: [700, 500], caps: [700, 500], parts: [175, 125] },
    // The first part is held at 100; its excess goes to the second.
    { total: 300, weights: [700, 500], caps: [100, 500], parts: [100, 200] },
    // Both capped: only Σ caps is given.
    { total: 600, weights: [1000, 300], caps: [400, 150], parts: [400, 150] },
    { total: 50, weights: [10, 10], caps: [0, 0], parts: [0, 0] },
  ])("splits $total over $weights capped at $caps as $parts", ({ total, weights, caps, parts }) => {
    expect(allocateCapped(total, weights, caps)).toEqual(parts);
  });

  it("gives min(total, Σ caps) and keeps every part within its cap", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .integer({ min: 1, max: 10_000 })
            .chain((weight) =>
              fc.record({ weight: fc.constant(weight), cap: fc.integer({ min: 0, max: weight }) }),
            ),
          { minLength: 1, maxLength: 6 },
        ),
        fc.integer({ min: 0, max: 60_000 }),
        (items, total) => {
          const caps = items.map((item) => item.cap);
          const parts = allocateCapped(
            total,
            items.map((item) => item.weight),
            caps,
          );
          expect(parts.reduce((a, b) => a + b, 0)).toBe(
            Math.min(
              total,
              caps.reduce((a, b) => a + b, 0),
            ),
          );
          parts.forEach((part, k) => {
            expect(part).toBeGreaterThanOrEqual(0);
            expect(part).toBeLessThanOrEqual(caps[k] ?? 0);
          });
        },
      ),
    );
  });
});
