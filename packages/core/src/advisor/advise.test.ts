import { describe, expect, it } from "vitest";
import { DEFAULT_TIER_POLICY } from "../tier-presets";
import { adviseMarkdown, type MarkdownAdviceInput, redThresholdDays } from "./advise";
import { historyBefore } from "./test-helpers";

// A dairy batch (ε 2.5) of a 10-day product selling a flat 2/day (14 days of history, so no
// weekday effect), 9 days before expiry. The default policy turns a 10-day product red at 2 days
// left, so the advisor aims to clear in the 7 days with 9…3 days left.
const today = "2026-03-02";
const batch: MarkdownAdviceInput = {
  today,
  expiryDate: "2026-03-11",
  shelfLifeDays: 10,
  onHand: 30,
  category: "乳制品",
  history: historyBefore(today, 14, () => 2),
  categoryVelocity: null,
};

describe("adviseMarkdown", () => {
  it("recommends the smallest rung that clears before the batch turns red", () => {
    // List price: 7 × 2 = 14 sold before red (16 left), 10 × 2 = 20 by expiry (10 left).
    // 10 % off: 0.9^−2.5 = 1.3014 → 18.2 in 7 days, 12 left. 20 % off: 1.7469 → 24.5, 6 left.
    // 30 % off: 0.7^−2.5 = 2.4393 → 4.88/day, 34.1 ≥ 30 in 7 days; day 6 reaches 29.3, day 7 34.1.
    const advice = adviseMarkdown(batch);
    expect(advice).toMatchObject({
      status: "ok",
      velocity: 2,
      elasticity: 2.5,
      elasticitySource: "category",
      remainingDays: 9,
      clearBy: "red",
      clearByDays: 7,
      predictedLeftAtExpiry: 10,
      predictedLeftAtClearBy: 16,
      recommendedDiscountPercent: 30,
      discountToApplyPercent: 30,
      expectedDaysToClear: 7,
      writeOffRiskUnits: 0,
    });
    expect(advice.explanation).toBe("预计到期剩 10 件；打 7 折后日销 4.9 件，可在 7 天内售完");
  });

  it("recommends nothing when list price clears in time", () => {
    const advice = adviseMarkdown({ ...batch, onHand: 10 });
    expect(advice.recommendedDiscountPercent).toBeNull();
    expect(advice.discountToApplyPercent).toBe(0);
    expect(advice.expectedDaysToClear).toBe(5);
    expect(advice.explanation).toBe("按原价日销 2 件，预计 5 天内售完，无需打折");
  });

  it("says so when even the deepest rung will not clear, and gives the write-off risk", () => {
    // 50 % off: 0.5^−2.5 = 5.657 → 11.3/day; by expiry (10 days) 113 of 150 sell, 37 are left.
    const advice = adviseMarkdown({ ...batch, onHand: 150 });
    expect(advice).toMatchObject({
      recommendedDiscountPercent: "none-sufficient",
      discountToApplyPercent: 50,
      predictedLeftAtExpiry: 130,
      expectedDaysToClear: null,
      writeOffRiskUnits: 37,
    });
    expect(advice.explanation).toBe(
      "预计到期剩 130 件；即使打 5 折日销也只有 11.3 件，预计仍剩 37 件需报损，建议打 5 折并尽快清仓",
    );
  });

  it("predicts what is left at the current price, but searches the ladder from list price", () => {
    // Already 20 % off: 3.49/day → 24.5 by red (6 left of 30), 34.9 by expiry (none left).
    const advice = adviseMarkdown({ ...batch, currentDiscountPercent: 20 });
    expect(advice).toMatchObject({ predictedLeftAtClearBy: 6, predictedLeftAtExpiry: 0 });
    expect(advice.recommendedDiscountPercent).toBe(30);
    expect(advice.explanation).toBe("预计进入紧急档前剩 6 件；打 7 折后日销 4.9 件，可在 7 天内售完");
  });

  it("counts earlier-expiring units of the product as sold first (FEFO)", () => {
    // 14 units ahead eat the whole 7-day list-price demand: all 10 are left when it turns red.
    const advice = adviseMarkdown({ ...batch, onHand: 10, unitsAhead: 14 });
    expect(advice.predictedLeftAtClearBy).toBe(10);
    expect(advice.predictedLeftAtExpiry).toBe(4);
    // 20 % off: 24.5 demanded, 10.5 after the 14 ahead → floor 10, clears.
    expect(advice.recommendedDiscountPercent).toBe(20);
  });

  it("aims at expiry once the batch is red", () => {
    // 1 day left: today and tomorrow to sell, 4 units at list price, 1 of 5 left.
    const advice = adviseMarkdown({ ...batch, expiryDate: "2026-03-03", onHand: 5 });
    expect(advice).toMatchObject({ clearBy: "expiry", clearByDays: 2, predictedLeftAtExpiry: 1 });
    // 10 % off: 2 days × 2 × 1.3014 = 5.2 → 5 ≥ 5, clears.
    expect(advice.recommendedDiscountPercent).toBe(10);
  });

  it("uses ≥ 5 past promotions to re-estimate elasticity", () => {
    const promos = [1, 1, 1, 1, 1].map(() => ({ discountPercent: 50, preVelocity: 2, postVelocity: 4 }));
    const advice = adviseMarkdown({ ...batch, pastPromotions: promos });
    expect(advice.elasticitySource).toBe("estimated");
    expect(advice.elasticity).toBeCloseTo(1, 10);
    // ε = 1: 30 % off → 2.857/day, 20 in 7 days < 30; 50 % off → 28 < 30: none suffices.
    expect(advice.recommendedDiscountPercent).toBe("none-sufficient");
  });

  it("falls back to the category pace without history", () => {
    const advice = adviseMarkdown({ ...batch, history: [], categoryVelocity: 2 });
    expect(advice.velocity).toBe(2);
    expect(advice.recommendedDiscountPercent).toBe(30);
  });

  it("handles zero velocity: nothing clears, all of it is at risk", () => {
    const advice = adviseMarkdown({ ...batch, history: historyBefore(today, 28, () => 0) });
    expect(advice).toMatchObject({
      velocity: 0,
      recommendedDiscountPercent: "none-sufficient",
      discountToApplyPercent: 50,
      writeOffRiskUnits: 30,
      expectedDaysToClear: null,
    });
    expect(advice.explanation).toBe(
      "近 28 天无销量，预计到期剩 30 件；打折也难以售完，建议打 5 折并尽快清仓，预计报损 30 件",
    );
  });

  it("reports an expired batch as a write-off, not a promotion", () => {
    const advice = adviseMarkdown({ ...batch, expiryDate: "2026-03-01", onHand: 5 });
    expect(advice).toMatchObject({
      status: "expired",
      recommendedDiscountPercent: null,
      writeOffRiskUnits: 5,
      explanation: "已过期 1 天，禁止销售，请报损 5 件",
    });
  });

  it("has nothing to advise with nothing on hand", () => {
    const advice = adviseMarkdown({ ...batch, onHand: 0 });
    expect(advice).toMatchObject({ status: "empty", recommendedDiscountPercent: null, writeOffRiskUnits: 0 });
  });

  it("sells the last day too: expiring today still has one selling day", () => {
    const advice = adviseMarkdown({ ...batch, expiryDate: today, onHand: 2 });
    expect(advice).toMatchObject({ status: "ok", clearByDays: 1, predictedLeftAtExpiry: 0 });
  });

  it("rejects an unsorted or invalid ladder and bad input", () => {
    expect(() => adviseMarkdown({ ...batch, ladder: [20, 10] })).toThrow(RangeError);
    expect(() => adviseMarkdown({ ...batch, ladder: [] })).toThrow(RangeError);
    expect(() => adviseMarkdown({ ...batch, ladder: [10, 150] })).toThrow(RangeError);
    expect(() => adviseMarkdown({ ...batch, onHand: -1 })).toThrow(RangeError);
    expect(() => adviseMarkdown({ ...batch, elasticity: 0 })).toThrow(RangeError);
    expect(() => adviseMarkdown({ ...batch, currentDiscountPercent: 100 })).toThrow(RangeError);
  });

  it("follows a custom ladder", () => {
    // 25 % off: 0.75^−2.5 = 2.053 → 28.7 in 7 days < 30; 40 %: 3.586 → 50 ≥ 30.
    expect(adviseMarkdown({ ...batch, ladder: [25, 40] }).recommendedDiscountPercent).toBe(40);
  });

  it("is deterministic", () => {
    expect(adviseMarkdown(batch)).toEqual(adviseMarkdown(batch));
  });
});

describe("redThresholdDays", () => {
  it("reads the last tier of the policy", () => {
    expect(redThresholdDays(DEFAULT_TIER_POLICY, 10)).toBe(2);
    expect(redThresholdDays(DEFAULT_TIER_POLICY, 200)).toBe(20);
    expect(redThresholdDays({ tiers: [DEFAULT_TIER_POLICY.tiers[0] as never] }, 10)).toBe(-1);
  });
});
