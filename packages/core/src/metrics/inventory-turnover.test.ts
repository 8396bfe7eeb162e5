import { describe, expect, it } from "vitest";
import { averageInventoryFen, inventoryTurnover, periodDays } from "./inventory-turnover";

describe("inventoryTurnover", () => {
  it("divides COGS by the opening/closing average", () => {
    // Worked example, November 2026 (1st..30th inclusive = 30 days):
    //   average = (400000 + 200000) ÷ 2 = 300000 fen
    //   turnover = 600000 ÷ 300000 = 2
    //   days of inventory = 30 ÷ 2 = 15
    expect(
      inventoryTurnover({
        costOfGoodsSoldFen: 600_000,
        periodStart: "2026-11-01",
        periodEnd: "2026-11-30",
        inventory: { openingFen: 400_000, closingFen: 200_000 },
      }),
    ).toEqual({ periodDays: 30, averageInventoryFen: 300_000, turnover: 2, daysOfInventory: 15 });
  });

  it("averages a daily series when one is given", () => {
    // 3 days: (90000 + 120000 + 150000) ÷ 3 = 120000; 36000 ÷ 120000 = 0.3; 3 ÷ 0.3 = 10 days.
    const result = inventoryTurnover({
      costOfGoodsSoldFen: 36_000,
      periodStart: "2026-11-01",
      periodEnd: "2026-11-03",
      inventory: { dailyFen: [90_000, 120_000, 150_000] },
    });
    expect(result.averageInventoryFen).toBe(120_000);
    expect(result.turnover).toBeCloseTo(0.3, 12);
    expect(result.daysOfInventory).toBeCloseTo(10, 12);
  });

  it("is null, not Infinity, when there was no inventory or no sales", () => {
    const base = { periodStart: "2026-11-01", periodEnd: "2026-11-30" } as const;
    expect(
      inventoryTurnover({ ...base, costOfGoodsSoldFen: 5000, inventory: { openingFen: 0, closingFen: 0 } }),
    ).toMatchObject({ averageInventoryFen: 0, turnover: null, daysOfInventory: null });
    expect(
      inventoryTurnover({ ...base, costOfGoodsSoldFen: 0, inventory: { openingFen: 100, closingFen: 100 } }),
    ).toMatchObject({ turnover: 0, daysOfInventory: null });
  });

  it("rejects an empty series and a period that ends before it starts", () => {
    const base = { costOfGoodsSoldFen: 1, periodStart: "2026-11-01", periodEnd: "2026-11-30" };
    expect(() => inventoryTurnover({ ...base, inventory: { dailyFen: [] } })).toThrow(RangeError);
    expect(() =>
      inventoryTurnover({ ...base, periodEnd: "2026-10-31", inventory: { openingFen: 1, closingFen: 1 } }),
    ).toThrow(RangeError);
  });
});

describe("averageInventoryFen", () => {
  it.each([
    { values: [1000, 1001], average: 1001 }, // 1000.5 → half up
    { values: [1, 2, 2], average: 2 }, // 1.67
    { values: [1, 1, 2], average: 1 }, // 1.33
  ])("averages $values to $average fen", ({ values, average }) => {
    expect(averageInventoryFen({ dailyFen: values })).toBe(average);
  });
});

describe("periodDays", () => {
  it("counts both ends, across month ends and leap days", () => {
    expect(periodDays("2026-11-01", "2026-11-01")).toBe(1);
    expect(periodDays("2024-02-01", "2024-02-29")).toBe(29);
    expect(periodDays("2025-12-31", "2026-01-01")).toBe(2);
  });
});
