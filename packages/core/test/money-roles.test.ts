import { describe, expect, it } from "vitest";
import { formatFen, hasRole } from "../src";

describe("formatFen", () => {
  it("formats integer fen as yuan without floating point", () => {
    expect(formatFen(0)).toBe("¥0.00");
    expect(formatFen(5)).toBe("¥0.05");
    expect(formatFen(1250)).toBe("¥12.50");
    expect(formatFen(123456789)).toBe("¥1,234,567.89");
    expect(formatFen(-99)).toBe("-¥0.99");
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe("¥90,071,992,547,409.91");
  });

  it("refuses fractional fen", () => {
    expect(() => formatFen(12.5)).toThrow(RangeError);
  });
});

describe("hasRole", () => {
  it("orders roles from OWNER down to VIEWER", () => {
    expect(hasRole("OWNER", "ADMIN")).toBe(true);
    expect(hasRole("MANAGER", "MANAGER")).toBe(true);
    expect(hasRole("STAFF", "MANAGER")).toBe(false);
    expect(hasRole("VIEWER", "STAFF")).toBe(false);
  });
});
