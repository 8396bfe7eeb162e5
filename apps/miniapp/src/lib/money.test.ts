import { expect, it } from "vitest";
import { formatFen } from "./money";

it("formats fen as yuan with ¥, two decimals and thousands separators", () => {
  expect(formatFen(0)).toBe("¥0.00");
  expect(formatFen(5)).toBe("¥0.05");
  expect(formatFen(1290)).toBe("¥12.90");
  expect(formatFen(123456789)).toBe("¥1,234,567.89");
  expect(formatFen(-2050)).toBe("-¥20.50");
});

it("shows a dash rather than a wrong amount for a non-integer", () => {
  expect(formatFen(12.5)).toBe("—");
});
