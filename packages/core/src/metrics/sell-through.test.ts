import { describe, expect, it } from "vitest";
import { sellThrough } from "./sell-through";

describe("sellThrough", () => {
  it("divides units sold by opening stock plus receipts", () => {
    // Worked example: 60 on hand on the 1st, 40 received during the month, 45 sold.
    // 45 ÷ (60 + 40) = 45 ÷ 100 = 0.45 → 动销率 45%.
    expect(sellThrough({ unitsSold: 45, openingUnits: 60, receivedUnits: 40 })).toBe(0.45);
  });

  it("is null, not NaN, when nothing was available to sell", () => {
    expect(sellThrough({ unitsSold: 0, openingUnits: 0, receivedUnits: 0 })).toBeNull();
  });

  it("is 0 when nothing sold and may pass 1 when counts are off", () => {
    expect(sellThrough({ unitsSold: 0, openingUnits: 10, receivedUnits: 0 })).toBe(0);
    // 12 ÷ (4 + 6) = 1.2: shown as is so the stock-count problem is visible.
    expect(sellThrough({ unitsSold: 12, openingUnits: 4, receivedUnits: 6 })).toBe(1.2);
  });

  it("rejects fractional or negative units", () => {
    expect(() => sellThrough({ unitsSold: 1.5, openingUnits: 10, receivedUnits: 0 })).toThrow(RangeError);
    expect(() => sellThrough({ unitsSold: 1, openingUnits: -1, receivedUnits: 5 })).toThrow(RangeError);
  });
});
