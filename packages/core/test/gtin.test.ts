import { describe, expect, it } from "vitest";
import { gtinCheckDigit, isValidGtin } from "../src";

describe("GTIN check digits", () => {
  it("computes the GS1 mod-10 check digit", () => {
    // 6901234567892 is a commonly cited valid EAN-13 with a Chinese prefix.
    expect(gtinCheckDigit("690123456789")).toBe(2);
    expect(gtinCheckDigit("9501101530003".slice(0, -1))).toBe(3);
  });

  it("accepts valid GTIN-8/12/13/14 and rejects wrong digits or lengths", () => {
    expect(isValidGtin("6901234567892")).toBe(true);
    expect(isValidGtin("6901234567893")).toBe(false);
    expect(isValidGtin("96385074")).toBe(true);
    expect(isValidGtin("12345")).toBe(false);
    expect(isValidGtin("69012345678X2")).toBe(false);
  });
});
