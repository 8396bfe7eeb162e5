import { describe, expect, it } from "vitest";
import { periodChange } from "./period-change";

describe("periodChange", () => {
  it.each([
    // Worked examples: 12000 vs 10000 → delta 2000, 2000 ÷ 10000 = +20%
    { current: 12_000, previous: 10_000, delta: 2000, ratio: 0.2 },
    // 8000 vs 10000 → delta −2000, −2000 ÷ 10000 = −20%
    { current: 8000, previous: 10_000, delta: -2000, ratio: -0.2 },
    // a loss shrinking: −50 vs −100 → delta 50, 50 ÷ |−100| = +50% (better, so positive)
    { current: -50, previous: -100, delta: 50, ratio: 0.5 },
    { current: 7, previous: 7, delta: 0, ratio: 0 },
  ])("$current vs $previous → $delta, $ratio", ({ current, previous, delta, ratio }) => {
    expect(periodChange(current, previous)).toEqual({ delta, ratio });
  });

  it("has a null ratio when the previous period was 0", () => {
    expect(periodChange(500, 0)).toEqual({ delta: 500, ratio: null });
    expect(periodChange(0, 0)).toEqual({ delta: 0, ratio: null });
  });

  it("rejects NaN and infinities", () => {
    expect(() => periodChange(Number.NaN, 1)).toThrow(RangeError);
    expect(() => periodChange(1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
