import { describe, expect, it } from "vitest";
import { markdownLossFen } from "./markdown-loss";

describe("markdownLossFen", () => {
  it("sums (list − selling) × units in fen", () => {
    // Worked example:
    //   ¥12.90 sold at ¥9.90 × 3  → (1290 − 990) × 3 = 300 × 3 = 900
    //   ¥5.00 sold at list × 7    → 0 × 7             = 0
    //   ¥20.00 sold at ¥12.00 × 2 → (2000 − 1200) × 2 = 1600
    //   total 900 + 0 + 1600 = 2500 fen (¥25.00)
    const lines = [
      { listPriceFen: 1290, sellingPriceFen: 990, units: 3 },
      { listPriceFen: 500, sellingPriceFen: 500, units: 7 },
      { listPriceFen: 2000, sellingPriceFen: 1200, units: 2 },
    ];
    expect(markdownLossFen(lines)).toBe(2500);
  });

  it("is 0 for no lines and for lines with no units", () => {
    expect(markdownLossFen([])).toBe(0);
    expect(markdownLossFen([{ listPriceFen: 1000, sellingPriceFen: 500, units: 0 }])).toBe(0);
  });

  it("counts a sale above list as negative, per the formula", () => {
    // (1000 − 1100) × 1 = −100
    expect(markdownLossFen([{ listPriceFen: 1000, sellingPriceFen: 1100, units: 1 }])).toBe(-100);
  });

  it("rejects fractional fen and units", () => {
    expect(() => markdownLossFen([{ listPriceFen: 999.5, sellingPriceFen: 500, units: 1 }])).toThrow(
      RangeError,
    );
    expect(() => markdownLossFen([{ listPriceFen: 999, sellingPriceFen: 500, units: 0.5 }])).toThrow(
      RangeError,
    );
  });
});
