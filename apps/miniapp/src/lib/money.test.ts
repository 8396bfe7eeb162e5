import { describe, expect, it } from "vitest";
import { formatFen } from "./money";

describe("formatFen", () => {
  it("formats yuan and fen with two decimals", () => {
    expect(formatFen(1250)).toBe("¥12.50");
    expect(formatFen(1)).toBe("¥0.01");
    expect(formatFen(100)).toBe("¥1.00");
    expect(formatFen(123456789)).toBe("¥1234567.89");
  });

  it("handles zero, including negative zero", () => {
    expect(formatFen(0)).toBe("¥0.00");
    expect(formatFen(-0)).toBe("¥0.00");
  });

  it("puts the minus sign before the currency symbol", () => {
    expect(formatFen(-1250)).toBe("-¥12.50");
    expect(formatFen(-5)).toBe("-¥0.05");
  });

  it("stays exact at the largest safe integer", () => {
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe("¥90071992547409.91");
  });

  it("rejects amounts that are not whole fen", () => {
    expect(() => formatFen(12.5)).toThrow(RangeError);
    expect(() => formatFen(Number.NaN)).toThrow(RangeError);
    expect(() => formatFen(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
