import { describe, expect, it } from "vitest";
import {
  categoryElasticity,
  demandMultiplier,
  estimateElasticity,
  type PromotionOutcome,
} from "./elasticity";

/** A promotion whose lift is exactly what elasticity ε predicts at d % off. */
const outcome = (d: number, epsilon: number, pre = 10): PromotionOutcome => ({
  discountPercent: d,
  preVelocity: pre,
  postVelocity: pre * (1 - d / 100) ** -epsilon,
});

describe("categoryElasticity", () => {
  it("reads the table by Chinese or English category name, 1.8 otherwise", () => {
    expect(categoryElasticity("烘焙")).toBe(2.5);
    expect(categoryElasticity("乳制品")).toBe(2.5);
    expect(categoryElasticity("休闲零食")).toBe(2);
    expect(categoryElasticity("饮料")).toBe(1.8);
    expect(categoryElasticity("罐头")).toBe(1.2);
    expect(categoryElasticity(" Household ")).toBe(1.2);
    expect(categoryElasticity("速冻")).toBe(1.8);
  });
});

describe("demandMultiplier", () => {
  it("is (1 − d)^(−ε)", () => {
    // 20 % off at ε = 2: 0.8^−2 = 1 / 0.64 = 1.5625.
    expect(demandMultiplier(20, 2)).toBeCloseTo(1.5625, 12);
    expect(demandMultiplier(0, 2.5)).toBe(1);
  });
});

describe("estimateElasticity", () => {
  it("is the median of ln(v_post / v_pre) / −ln(1 − d) over ≥ 5 promotions", () => {
    // Slopes 1, 1.5, 2, 8, 9 → median 2; the two outliers do not move it.
    const outcomes = [outcome(10, 1), outcome(20, 1.5), outcome(30, 2), outcome(50, 8), outcome(20, 9)];
    expect(estimateElasticity(outcomes)).toBeCloseTo(2, 10);
  });

  it("averages the middle two of an even count", () => {
    const outcomes = [1, 2, 3, 4, 5, 6].map((e) => outcome(20, e));
    expect(estimateElasticity(outcomes)).toBeCloseTo(3.5, 10);
  });

  it("clamps to [0.3, 5]", () => {
    expect(estimateElasticity([8, 8, 8, 8, 8].map((e) => outcome(20, e)))).toBe(5);
    expect(estimateElasticity([0.1, 0.1, 0.1, 0.1, 0.1].map((e) => outcome(20, e)))).toBe(0.3);
    // A promotion that lowered sales gives a negative slope, clamped up to 0.3.
    expect(estimateElasticity([-1, -1, -1, -1, -1].map((e) => outcome(20, e)))).toBe(0.3);
  });

  it("is null with fewer than 5 usable promotions", () => {
    const four = [1, 2, 3, 4].map((e) => outcome(20, e));
    expect(estimateElasticity(four)).toBeNull();
    // Zero velocities and a 0 % "promotion" carry no slope and are skipped.
    const unusable: PromotionOutcome[] = [
      { discountPercent: 20, preVelocity: 0, postVelocity: 3 },
      { discountPercent: 20, preVelocity: 3, postVelocity: 0 },
      { discountPercent: 0, preVelocity: 3, postVelocity: 3 },
    ];
    expect(estimateElasticity([...four, ...unusable])).toBeNull();
  });

  it("rejects negative or non-finite input", () => {
    expect(() => estimateElasticity([{ discountPercent: 20, preVelocity: -1, postVelocity: 1 }])).toThrow(
      RangeError,
    );
    expect(() =>
      estimateElasticity([{ discountPercent: Number.NaN, preVelocity: 1, postVelocity: 1 }]),
    ).toThrow(RangeError);
  });
});
