import { describe, expect, it } from "vitest";
import { writeOffAvoided } from "./write-off-avoided";

const batch = {
  unitCostFen: 650,
  unitsSoldUnderPromotion: 80,
  preVelocity: 1.5,
  velocityWindowDays: 14,
  daysToExpiry: 20,
  onHandAtStart: 100,
};

describe("writeOffAvoided", () => {
  it("counts only sales beyond the pre-promotion pace", () => {
    // Worked example: 100 on hand, 1.5/day over the 14 days before, 20 days to expiry, 80 sold.
    //   baseline       = min(100, 1.5 × 20) = min(100, 30) = 30
    //   would write off = 100 − 30 = 70
    //   avoided        = min(70, max(0, min(80, 100) − 30)) = min(70, 50) = 50
    //   value          = 50 × 650 = 32500 fen (¥325.00)
    expect(writeOffAvoided(batch)).toEqual({
      baselineUnits: 30,
      wouldBeWrittenOffUnits: 70,
      avoidedUnits: 50,
      avoidedValueFen: 32_500,
      baselineText: "基线：促销前 14 天日均销量 1.5 件，到期前 20 天可售 30 件",
    });
  });

  it("claims nothing for a batch that was selling out anyway", () => {
    // 3/day × 20 = 60 ≥ 40 on hand: baseline 40, nothing would have been written off.
    const result = writeOffAvoided({
      ...batch,
      preVelocity: 3,
      onHandAtStart: 40,
      unitsSoldUnderPromotion: 40,
    });
    expect(result).toMatchObject({
      baselineUnits: 40,
      wouldBeWrittenOffUnits: 0,
      avoidedUnits: 0,
      avoidedValueFen: 0,
    });
    expect(result.baselineText).toBe("基线：促销前 14 天日均销量 3 件，到期前 20 天可售完全部 40 件");
  });

  it("claims nothing when the promotion sold less than the baseline", () => {
    // min(20, 100) − 30 = −10 → max(0, −10) = 0
    expect(writeOffAvoided({ ...batch, unitsSoldUnderPromotion: 20 }).avoidedUnits).toBe(0);
  });

  it("never counts more units than the batch held", () => {
    // 50 on hand, 1/day × 10 = 10 baseline, 70 sold: min(40, min(70, 50) − 10) = 40
    const result = writeOffAvoided({
      ...batch,
      onHandAtStart: 50,
      unitsSoldUnderPromotion: 70,
      preVelocity: 1,
      daysToExpiry: 10,
    });
    expect(result).toMatchObject({ baselineUnits: 10, avoidedUnits: 40, avoidedValueFen: 26_000 });
  });

  it("rounds the baseline up to whole units, ignoring float noise", () => {
    // 0.35 × 10 = 3.5 → 4 (up: never overclaim); 1.1 × 10 = 11.000000000000002 in floats → 11, not 12
    expect(writeOffAvoided({ ...batch, preVelocity: 0.35, daysToExpiry: 10 }).baselineUnits).toBe(4);
    expect(writeOffAvoided({ ...batch, preVelocity: 1.1, daysToExpiry: 10 }).baselineUnits).toBe(11);
  });

  it("treats no prior sales or no days left as a zero baseline", () => {
    expect(writeOffAvoided({ ...batch, preVelocity: 0 })).toMatchObject({
      baselineUnits: 0,
      avoidedUnits: 80,
    });
    expect(writeOffAvoided({ ...batch, daysToExpiry: 0 })).toMatchObject({
      baselineUnits: 0,
      avoidedUnits: 80,
    });
  });

  it("rejects invalid input", () => {
    expect(() => writeOffAvoided({ ...batch, preVelocity: Number.NaN })).toThrow(RangeError);
    expect(() => writeOffAvoided({ ...batch, daysToExpiry: -1 })).toThrow(RangeError);
    expect(() => writeOffAvoided({ ...batch, unitCostFen: 6.5 })).toThrow(RangeError);
  });
});
