import { describe, expect, it } from "vitest";
import { salesVelocity } from "./sales-velocity";

describe("salesVelocity", () => {
  it("averages units per day over the window, zero days included", () => {
    // Worked example, 14 days before a promotion:
    // 2+1+0+3+0+2+1+2+1+0+3+2+2+2 = 21 units; 21 ÷ 14 = 1.5 units/day.
    expect(salesVelocity([2, 1, 0, 3, 0, 2, 1, 2, 1, 0, 3, 2, 2, 2])).toBe(1.5);
  });

  it("is null for an empty window and 0 when nothing sold", () => {
    expect(salesVelocity([])).toBeNull();
    expect(salesVelocity([0, 0, 0])).toBe(0);
  });

  it("rejects negative or fractional counts", () => {
    expect(() => salesVelocity([1, -1])).toThrow(RangeError);
    expect(() => salesVelocity([1.5])).toThrow(RangeError);
  });
});
