import { describe, expect, it } from "vitest";
import {
  BEIJING_NEAR_EXPIRY_BANDS,
  BEIJING_PRESET_POLICY,
  DEFAULT_TIER_POLICY,
  EXPIRED_TIER,
  resolveTierPolicy,
  type TierPolicy,
  thresholdDays,
  tierOf,
  tierRanges,
  validateTierPolicy,
} from "../src";

const beijing = { kind: "BAND", bands: BEIJING_NEAR_EXPIRY_BANDS } as const;

const THREE_TIERS: TierPolicy = {
  tiers: [
    { key: "NORMAL", name: "正常", color: "emerald", entry: null },
    { key: "WATCH", name: "关注", color: "yellow", entry: { kind: "PERCENT", percent: 50 } },
    { key: "URGENT", name: "紧急", color: "red", entry: { kind: "DAYS", days: 7 } },
  ],
};

describe("thresholdDays", () => {
  it("uses fixed days as given", () => {
    expect(thresholdDays({ kind: "DAYS", days: 30 }, 365)).toBe(30);
    expect(thresholdDays({ kind: "DAYS", days: 0 }, 7)).toBe(0);
  });

  it("floors a percentage of the shelf life in integer arithmetic", () => {
    expect(thresholdDays({ kind: "PERCENT", percent: 33 }, 300)).toBe(99);
    expect(thresholdDays({ kind: "PERCENT", percent: 33 }, 365)).toBe(120); // 120.45
    expect(thresholdDays({ kind: "PERCENT", percent: 33 }, 3)).toBe(0); // 0.99
    expect(thresholdDays({ kind: "PERCENT", percent: 100 }, 21)).toBe(21);
    expect(thresholdDays({ kind: "PERCENT", percent: 0 }, 21)).toBe(0);
    // 100 × 0.29 is 28.999999999999996 in floating point and would floor to 28.
    expect(thresholdDays({ kind: "PERCENT", percent: 29 }, 100)).toBe(29);
  });

  it("takes the band with the largest minimum shelf life that applies, in any order", () => {
    expect(thresholdDays(beijing, 730)).toBe(45);
    expect(thresholdDays(beijing, 365)).toBe(45);
    expect(thresholdDays(beijing, 364)).toBe(20);
    expect(thresholdDays(beijing, 180)).toBe(20);
    expect(thresholdDays(beijing, 179)).toBe(15);
    expect(thresholdDays(beijing, 90)).toBe(15);
    expect(thresholdDays(beijing, 89)).toBe(10);
    expect(thresholdDays(beijing, 30)).toBe(10);
    expect(thresholdDays(beijing, 29)).toBe(5);
    expect(thresholdDays(beijing, 16)).toBe(5);
    expect(thresholdDays(beijing, 15)).toBe(2);
    expect(thresholdDays(beijing, 1)).toBe(2);
    const unsorted = {
      kind: "BAND",
      bands: [
        { minShelfLifeDays: 30, daysBeforeExpiry: 10 },
        { minShelfLifeDays: 365, daysBeforeExpiry: 45 },
        { minShelfLifeDays: 90, daysBeforeExpiry: 15 },
      ],
    } as const;
    expect(thresholdDays(unsorted, 200)).toBe(15);
    expect(thresholdDays(unsorted, 400)).toBe(45);
  });

  it("is -1 (never enters) when no band applies", () => {
    expect(thresholdDays(beijing, 0)).toBe(-1);
    expect(thresholdDays({ kind: "BAND", bands: [{ minShelfLifeDays: 30, daysBeforeExpiry: 10 }] }, 29)).toBe(
      -1,
    );
  });

  it("refuses a shelf life that is not a whole number of days", () => {
    expect(() => thresholdDays(beijing, 1.5)).toThrow(/保质期天数必须是非负整数/);
    expect(() => thresholdDays(beijing, -1)).toThrow(RangeError);
  });
});

describe("tierOf", () => {
  it("puts negative remaining days in the implicit EXPIRED tier", () => {
    expect(EXPIRED_TIER).toEqual({ key: "EXPIRED", name: "过期", color: "rose" });
    expect(tierOf(THREE_TIERS, { remainingDays: -1, shelfLifeDays: 30 })).toBe("EXPIRED");
    expect(tierOf(THREE_TIERS, { remainingDays: -400, shelfLifeDays: 30 })).toBe("EXPIRED");
  });

  it("picks the most urgent tier whose threshold has been reached", () => {
    // 30-day shelf life: WATCH at ≤ 15 days, URGENT at ≤ 7.
    expect(tierOf(THREE_TIERS, { remainingDays: 30, shelfLifeDays: 30 })).toBe("NORMAL");
    expect(tierOf(THREE_TIERS, { remainingDays: 16, shelfLifeDays: 30 })).toBe("NORMAL");
    expect(tierOf(THREE_TIERS, { remainingDays: 15, shelfLifeDays: 30 })).toBe("WATCH");
    expect(tierOf(THREE_TIERS, { remainingDays: 8, shelfLifeDays: 30 })).toBe("WATCH");
    expect(tierOf(THREE_TIERS, { remainingDays: 7, shelfLifeDays: 30 })).toBe("URGENT");
    expect(tierOf(THREE_TIERS, { remainingDays: 0, shelfLifeDays: 30 })).toBe("URGENT");
  });

  it("places the Beijing preset's boundaries on the rule's days", () => {
    expect(tierOf(BEIJING_PRESET_POLICY, { remainingDays: 45, shelfLifeDays: 365 })).toBe("URGENT");
    expect(tierOf(BEIJING_PRESET_POLICY, { remainingDays: 46, shelfLifeDays: 365 })).toBe("NORMAL");
    expect(tierOf(BEIJING_PRESET_POLICY, { remainingDays: 2, shelfLifeDays: 7 })).toBe("URGENT");
    expect(tierOf(BEIJING_PRESET_POLICY, { remainingDays: 3, shelfLifeDays: 7 })).toBe("NORMAL");
  });

  it("refuses fractional remaining days", () => {
    expect(() => tierOf(THREE_TIERS, { remainingDays: 0.5, shelfLifeDays: 30 })).toThrow(
      /剩余天数必须是整数/,
    );
  });
});

describe("tierRanges", () => {
  it("gives each tier its remaining-days interval, least urgent first and EXPIRED last", () => {
    expect(tierRanges(THREE_TIERS, 30)).toEqual([
      { key: "NORMAL", minDays: 16, maxDays: null },
      { key: "WATCH", minDays: 8, maxDays: 15 },
      { key: "URGENT", minDays: 0, maxDays: 7 },
      { key: "EXPIRED", minDays: null, maxDays: -1 },
    ]);
    expect(tierRanges(DEFAULT_TIER_POLICY, 365)).toEqual([
      { key: "NORMAL", minDays: 91, maxDays: null },
      { key: "YELLOW", minDays: 46, maxDays: 90 },
      { key: "RED", minDays: 0, maxDays: 45 },
      { key: "EXPIRED", minDays: null, maxDays: -1 },
    ]);
  });

  it("leaves out a tier that claims no day at this shelf life", () => {
    // At 10 days the 50% tier (threshold 5) is below the 7-day tier, so WATCH is empty.
    expect(tierRanges(THREE_TIERS, 10)).toEqual([
      { key: "NORMAL", minDays: 8, maxDays: null },
      { key: "URGENT", minDays: 0, maxDays: 7 },
      { key: "EXPIRED", minDays: null, maxDays: -1 },
    ]);
    // No band for a 0-day shelf life: only NORMAL and EXPIRED remain.
    expect(tierRanges(BEIJING_PRESET_POLICY, 0)).toEqual([
      { key: "NORMAL", minDays: 0, maxDays: null },
      { key: "EXPIRED", minDays: null, maxDays: -1 },
    ]);
  });
});

describe("presets", () => {
  it("Beijing table: ≥1 year 45, 6–12 months 20, 90 days–6 months 15, 30–90 days 10, 16–30 days 5, shorter 2", () => {
    expect(BEIJING_NEAR_EXPIRY_BANDS).toEqual([
      { minShelfLifeDays: 365, daysBeforeExpiry: 45 },
      { minShelfLifeDays: 180, daysBeforeExpiry: 20 },
      { minShelfLifeDays: 90, daysBeforeExpiry: 15 },
      { minShelfLifeDays: 30, daysBeforeExpiry: 10 },
      { minShelfLifeDays: 16, daysBeforeExpiry: 5 },
      { minShelfLifeDays: 1, daysBeforeExpiry: 2 },
    ]);
    expect(BEIJING_PRESET_POLICY.tiers.map((tier) => [tier.key, tier.name, tier.color])).toEqual([
      ["NORMAL", "正常", "emerald"],
      ["URGENT", "临期", "red"],
    ]);
  });

  it("both presets pass validation, so every shelf life from 1 to 3650 days is ordered", () => {
    expect(validateTierPolicy(DEFAULT_TIER_POLICY)).toEqual({ ok: true, policy: DEFAULT_TIER_POLICY });
    expect(validateTierPolicy(BEIJING_PRESET_POLICY)).toEqual({ ok: true, policy: BEIJING_PRESET_POLICY });
  });

  it("the one-third rule alone would not sit above the Beijing table, which is why the default uses bands", () => {
    const oneThird: TierPolicy = {
      tiers: [
        { key: "NORMAL", name: "正常", color: "emerald", entry: null },
        { key: "YELLOW", name: "关注", color: "yellow", entry: { kind: "PERCENT", percent: 33 } },
        { key: "RED", name: "紧急", color: "red", entry: beijing },
      ],
    };
    expect(validateTierPolicy(oneThird)).toEqual({
      ok: false,
      errors: [
        { path: "tiers[1].entry", message: "tiers[1] 的阈值必须大于 tiers[2]（保质期 1 天时 0 ≤ 2）" },
      ],
    });
  });

  it("default: 关注 at twice Beijing's lead, 紧急 at Beijing's", () => {
    const at = (remainingDays: number, shelfLifeDays: number) =>
      tierOf(DEFAULT_TIER_POLICY, { remainingDays, shelfLifeDays });
    expect(DEFAULT_TIER_POLICY.tiers.map((tier) => [tier.key, tier.name, tier.color])).toEqual([
      ["NORMAL", "正常", "emerald"],
      ["YELLOW", "关注", "yellow"],
      ["RED", "紧急", "red"],
    ]);
    // Milk, 7 days: 关注 from 4 days left, 紧急 from 2.
    expect([at(7, 7), at(5, 7), at(4, 7), at(3, 7), at(2, 7), at(0, 7), at(-1, 7)]).toEqual([
      "NORMAL",
      "NORMAL",
      "YELLOW",
      "YELLOW",
      "RED",
      "RED",
      "EXPIRED",
    ]);
    // Beverage, 1 year: 关注 from 90 days left, 紧急 from 45.
    expect([at(91, 365), at(90, 365), at(46, 365), at(45, 365)]).toEqual([
      "NORMAL",
      "YELLOW",
      "YELLOW",
      "RED",
    ]);
  });

  it("are frozen, so no caller can change them for every tenant", () => {
    expect(Object.isFrozen(DEFAULT_TIER_POLICY.tiers[1]?.entry)).toBe(true);
    expect(Object.isFrozen(BEIJING_NEAR_EXPIRY_BANDS[0])).toBe(true);
  });
});

describe("resolveTierPolicy", () => {
  const product = { ...THREE_TIERS };
  const category = { ...BEIJING_PRESET_POLICY };
  const tenant = { ...THREE_TIERS };

  it("prefers product, then category, then tenant, then the default", () => {
    expect(resolveTierPolicy({ product, category, tenant })).toBe(product);
    expect(resolveTierPolicy({ product: null, category, tenant })).toBe(category);
    expect(resolveTierPolicy({ category: null, tenant })).toBe(tenant);
    expect(resolveTierPolicy({ product: null, category: null, tenant: null })).toBe(DEFAULT_TIER_POLICY);
    expect(resolveTierPolicy({})).toBe(DEFAULT_TIER_POLICY);
  });
});
