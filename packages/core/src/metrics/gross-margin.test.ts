import { describe, expect, it } from "vitest";
import { grossMargin } from "./gross-margin";

describe("grossMargin", () => {
  it("is revenue − cost, and that ÷ revenue as the rate", () => {
    // Worked example: revenue ¥1,250.00 = 125000 fen, cost ¥875.00 = 87500 fen.
    // margin = 125000 − 87500 = 37500 fen; rate = 37500 ÷ 125000 = 0.3 (30%).
    expect(grossMargin(125_000, 87_500)).toEqual({ grossMarginFen: 37_500, grossMarginRate: 0.3 });
  });

  it("goes negative below cost", () => {
    // 1000 − 1250 = −250; −250 ÷ 1000 = −0.25
    expect(grossMargin(1000, 1250)).toEqual({ grossMarginFen: -250, grossMarginRate: -0.25 });
  });

  it("has a null rate, not NaN or -Infinity, at zero revenue", () => {
    expect(grossMargin(0, 200)).toEqual({ grossMarginFen: -200, grossMarginRate: null });
    expect(grossMargin(0, 0)).toEqual({ grossMarginFen: 0, grossMarginRate: null });
  });

  it("rejects fractional or negative fen", () => {
    expect(() => grossMargin(100.5, 0)).toThrow(RangeError);
    expect(() => grossMargin(100, -1)).toThrow(RangeError);
  });
});
