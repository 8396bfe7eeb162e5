import { describe, expect, it } from "vitest";
import { purchasingAdvice } from "./purchasing-advice";

const product = {
  shelfLifeDays: 180,
  yellowThresholdDays: 90,
  velocity: 4.2,
  typicalDeliveryUnits: 500,
  receipts: [
    { units: 330, reachedTier: "none" },
    { units: 200, reachedTier: "yellow" },
    { units: 50, reachedTier: "red" },
    { units: 20, reachedTier: "expired" },
  ],
} as const;

describe("purchasingAdvice", () => {
  it("caps a delivery at what sells before it turns yellow", () => {
    // Worked example: 600 units received in 90 days.
    //   reached yellow (yellow, red or expired) = 200 + 50 + 20 = 270 → 270 ÷ 600 = 0.45
    //   reached red (red or expired)            = 50 + 20 = 70      → 70 ÷ 600 ≈ 0.1167 (12%)
    //   expired                                 = 20                → 20 ÷ 600 ≈ 0.0333 (3%)
    //   window = 180 − 90 = 90 days; 4.2 × 90 = 378 → suggest ≤ 378; usual 500 > 378 → reduce
    const advice = purchasingAdvice(product);
    expect(advice).toMatchObject({
      receivedUnits: 600,
      reachedYellowShare: 0.45,
      sellableWindowDays: 90,
      suggestedMaxUnits: 378,
      verdict: "reduce",
    });
    expect(advice.reachedRedShare).toBeCloseTo(70 / 600, 12);
    expect(advice.expiredShare).toBeCloseTo(20 / 600, 12);
    expect(advice.reason).toBe(
      "近90天到货 600 件中 45% 进入黄色预警，其中 12% 进入红色预警、3% 过期；日均销量 4.2 件，保质期 180 天、黄色阈值 90 天，黄色前约 90 天可售 378 件，建议每次进货不超过 378 件，当前常规进货 500 件偏多",
    );
  });

  it("says ok when the usual delivery fits", () => {
    // 270 of 600 yellow = 45%, none worse; 378 ≥ 300 → ok
    const advice = purchasingAdvice({
      ...product,
      typicalDeliveryUnits: 300,
      receipts: [
        { units: 330, reachedTier: "none" },
        { units: 270, reachedTier: "yellow" },
      ],
    });
    expect(advice).toMatchObject({ reachedRedShare: 0, expiredShare: 0, verdict: "ok" });
    expect(advice.reason).toBe(
      "近90天到货 600 件中 45% 进入黄色预警；日均销量 4.2 件，保质期 180 天、黄色阈值 90 天，黄色前约 90 天可售 378 件，建议每次进货不超过 378 件，当前常规进货 300 件合适",
    );
  });

  it("takes off the days already gone at receipt", () => {
    // window = 30 − 10 − 5 = 15 days; 2.5 × 15 = 37.5 → floor 37; usual 37 = 37 → ok
    const advice = purchasingAdvice({
      ...product,
      shelfLifeDays: 30,
      yellowThresholdDays: 10,
      daysElapsedAtReceipt: 5,
      velocity: 2.5,
      typicalDeliveryUnits: 37,
    });
    expect(advice).toMatchObject({ sellableWindowDays: 15, suggestedMaxUnits: 37, verdict: "ok" });
    expect(advice.reason).toContain("到货时平均已过 5 天，黄色前约 15 天可售 37 件");
  });

  it("has null shares with no receipts", () => {
    const advice = purchasingAdvice({ ...product, receipts: [] });
    expect(advice).toMatchObject({
      receivedUnits: 0,
      reachedYellowShare: null,
      reachedRedShare: null,
      expiredShare: null,
    });
    expect(advice.reason.startsWith("近90天无到货记录；")).toBe(true);
  });

  it("says no-sales and suggests 0 when nothing sells", () => {
    const advice = purchasingAdvice({ ...product, velocity: 0 });
    expect(advice).toMatchObject({ suggestedMaxUnits: 0, verdict: "no-sales" });
    expect(advice.reason).toContain("日均销量为 0");
  });

  it("suggests 0 when stock arrives already yellow", () => {
    // 7 − 7 = 0 days before yellow
    const advice = purchasingAdvice({
      ...product,
      shelfLifeDays: 7,
      yellowThresholdDays: 7,
      typicalDeliveryUnits: 20,
    });
    expect(advice).toMatchObject({ sellableWindowDays: 0, suggestedMaxUnits: 0, verdict: "reduce" });
    expect(advice.reason).toContain("到货即进入黄色预警");
  });

  it("floors velocity × window without losing a unit to float noise", () => {
    // 0.29 × 100 = 28.999999999999996 in floats; the real answer is 29
    const advice = purchasingAdvice({
      ...product,
      shelfLifeDays: 110,
      yellowThresholdDays: 10,
      velocity: 0.29,
    });
    expect(advice.suggestedMaxUnits).toBe(29);
  });

  it("rejects invalid input", () => {
    expect(() => purchasingAdvice({ ...product, velocity: -1 })).toThrow(RangeError);
    expect(() => purchasingAdvice({ ...product, shelfLifeDays: 1.5 })).toThrow(RangeError);
  });
});
