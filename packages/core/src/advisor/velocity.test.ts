import { describe, expect, it } from "vitest";
import { historyBefore } from "./test-helpers";
import { estimateVelocity, shrinkageDays } from "./velocity";
import { weekdayFactors, weekdayIndex } from "./weekday";

const today = "2026-03-02"; // a Monday

describe("weekdayIndex", () => {
  it("counts Monday as 0", () => {
    expect(weekdayIndex("2026-03-02")).toBe(0);
    expect(weekdayIndex("2026-03-08")).toBe(6);
    expect(weekdayIndex("1999-12-31")).toBe(4); // a Friday, before the reference date
  });
});

describe("weekdayFactors", () => {
  it("is flat under 28 days or with no sales", () => {
    expect(weekdayFactors(historyBefore(today, 27, () => 5))).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(weekdayFactors(historyBefore(today, 28, () => 0))).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it("estimates a Saturday peak, pulled toward 1 by 10 pseudo-units", () => {
    // 4 weeks: Saturdays sell 10, other days 2. Total 88, mean 88/28; a flat weekday expects
    // E = 4 × 88/28 = 12.571 units. Saturday (40 + 10) / (12.571 + 10) = 2.2152, others
    // (8 + 10) / 22.571 = 0.7975; they already average 1, so no renormalising.
    const days = historyBefore(today, 28, (_, date) => (weekdayIndex(date) === 5 ? 10 : 2));
    const factors = weekdayFactors(days);
    expect(factors[5]).toBeCloseTo(50 / (88 / 7 + 10), 10);
    expect(factors[0]).toBeCloseTo(18 / (88 / 7 + 10), 10);
    expect(factors.reduce((a, f) => a + f, 0)).toBeCloseTo(7, 10);
  });
});

describe("estimateVelocity", () => {
  const base = { today, categoryVelocity: null, elasticity: 2 } as const;

  it("is the plain average for flat, full-price history without a category", () => {
    const estimate = estimateVelocity({ ...base, history: historyBefore(today, 14, () => 2) });
    expect(estimate).toMatchObject({ velocity: 2, ownVelocity: 2, historyDays: 14, ownWeight: 1 });
  });

  it("reads only the 28 days before today", () => {
    const history = [
      ...historyBefore(today, 40, (i) => (i < 12 ? 100 : 3)),
      { date: today, units: 100 },
      { date: "2026-03-05", units: 100 },
    ];
    expect(estimateVelocity({ ...base, history }).velocity).toBe(3);
  });

  it("deflates marked-down days to list-price units", () => {
    // 4 units/day at 20 % off with ε = 2: 4 / 1.5625 = 2.56 at list price.
    const estimate = estimateVelocity({ ...base, history: historyBefore(today, 14, () => 4, 20) });
    expect(estimate.velocity).toBeCloseTo(2.56, 12);
  });

  it("shrinks thin history toward the category with n / (n + k), k = 1 / v_cat", () => {
    // 4 days at 1/day, category 0.25/day → k = 4 days, weight 4/8: 0.5 × 1 + 0.5 × 0.25 = 0.625.
    const estimate = estimateVelocity({
      ...base,
      categoryVelocity: 0.25,
      history: historyBefore(today, 4, () => 1),
    });
    expect(shrinkageDays(0.25)).toBe(4);
    expect(estimate.ownWeight).toBe(0.5);
    expect(estimate.velocity).toBeCloseTo(0.625, 12);
  });

  it("falls back to the category without history, 0 without either", () => {
    expect(estimateVelocity({ ...base, categoryVelocity: 3, history: [] })).toMatchObject({
      velocity: 3,
      ownVelocity: null,
      ownWeight: 0,
    });
    expect(estimateVelocity({ ...base, history: [] }).velocity).toBe(0);
  });

  it("caps k at 28 days for a category that sells nothing", () => {
    expect(shrinkageDays(0)).toBe(28);
    expect(shrinkageDays(0.01)).toBe(28);
  });

  it("divides by weekday-weighted days, so a window heavy in Saturdays is not a fast month", () => {
    // 28 days with a Saturday peak: exposure is 4 × Σ factors = 28, so the mean is 88/28.
    const history = historyBefore(today, 28, (_, date) => (weekdayIndex(date) === 5 ? 10 : 2));
    expect(estimateVelocity({ ...base, history }).velocity).toBeCloseTo(88 / 28, 10);
  });

  it("rejects duplicate dates, fractional units and discounts of 100 %", () => {
    const day = { date: "2026-03-01", units: 1 };
    expect(() => estimateVelocity({ ...base, history: [day, day] })).toThrow(RangeError);
    expect(() => estimateVelocity({ ...base, history: [{ ...day, units: 1.5 }] })).toThrow(RangeError);
    expect(() => estimateVelocity({ ...base, history: [{ ...day, discountPercent: 100 }] })).toThrow(
      RangeError,
    );
  });
});
