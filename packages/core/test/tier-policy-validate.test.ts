import { describe, expect, it } from "vitest";
import { BEIJING_NEAR_EXPIRY_BANDS, validateTierPolicy } from "../src";

const normal = { key: "NORMAL", name: "正常", color: "emerald", entry: null };
const watch = { key: "WATCH", name: "关注", color: "yellow", entry: { kind: "DAYS", days: 30 } };
const urgent = { key: "URGENT", name: "紧急", color: "red", entry: { kind: "DAYS", days: 7 } };

/** A valid three-tier policy with `patch` applied to tier `index`. */
function withTier(index: number, patch: Record<string, unknown>) {
  const tiers: Record<string, unknown>[] = [normal, watch, urgent].map((tier) => ({ ...tier }));
  tiers[index] = { ...tiers[index], ...patch };
  return { tiers };
}

/** The errors of a refused policy (fails the test if it was accepted). */
function errorsOf(input: unknown) {
  const result = validateTierPolicy(input);
  if (result.ok) throw new Error("expected the policy to be refused");
  return result.errors;
}

describe("validateTierPolicy", () => {
  it("accepts a valid policy and returns a clean copy", () => {
    const input = { tiers: [{ ...normal, name: " 正常 ", note: "ignored" }, watch, urgent], extra: 1 };
    expect(validateTierPolicy(input)).toEqual({ ok: true, policy: { tiers: [normal, watch, urgent] } });
  });

  it("accepts a first tier whose entry is left out, and every kind of entry", () => {
    const { entry: _omitted, ...normalWithoutEntry } = normal;
    const result = validateTierPolicy({
      tiers: [
        normalWithoutEntry,
        { key: "D", name: "两个月", color: "amber", entry: { kind: "DAYS", days: 60 } },
        {
          key: "B",
          name: "北京",
          color: "orange",
          entry: { kind: "BAND", bands: BEIJING_NEAR_EXPIRY_BANDS },
        },
        { key: "P", name: "百分之一", color: "violet", entry: { kind: "PERCENT", percent: 1 } },
      ],
    });
    expect(result.ok).toBe(true);
  });

  it("refuses what is not a policy at all", () => {
    expect(errorsOf(null)).toEqual([{ path: "", message: "档位策略必须是一个对象" }]);
    expect(errorsOf([])).toEqual([{ path: "", message: "档位策略必须是一个对象" }]);
    expect(errorsOf({ tiers: "NORMAL" })).toEqual([{ path: "tiers", message: "tiers 必须是档位列表" }]);
    expect(errorsOf({ tiers: [normal, 3] })).toEqual([
      { path: "tiers[1]", message: "tiers[1] 必须是一个对象" },
    ]);
  });

  it("refuses fewer than 2 or more than 6 tiers", () => {
    expect(errorsOf({ tiers: [normal] })).toEqual([
      { path: "tiers", message: "档位数量必须在 2 到 6 个之间（现在是 1 个）" },
    ]);
    const seven = [
      normal,
      ...[60, 50, 40, 30, 20, 10].map((days, i) => ({
        ...urgent,
        key: `T${i}`,
        entry: { kind: "DAYS", days },
      })),
    ];
    expect(errorsOf({ tiers: seven })).toEqual([
      { path: "tiers", message: "档位数量必须在 2 到 6 个之间（现在是 7 个）" },
    ]);
    expect(validateTierPolicy({ tiers: seven.slice(0, 6) }).ok).toBe(true);
  });

  it("refuses empty, malformed, reserved and duplicate keys", () => {
    expect(errorsOf(withTier(1, { key: "" }))).toEqual([
      { path: "tiers[1].key", message: "tiers[1].key 不能为空" },
    ]);
    expect(errorsOf(withTier(1, { key: undefined }))).toEqual([
      { path: "tiers[1].key", message: "tiers[1].key 不能为空" },
    ]);
    expect(errorsOf(withTier(1, { key: "watch" }))).toEqual([
      { path: "tiers[1].key", message: 'tiers[1].key 只能包含大写字母 A–Z、数字 0–9 和下划线 _: "watch"' },
    ]);
    expect(errorsOf(withTier(2, { key: "临期" }))[0]?.path).toBe("tiers[2].key");
    expect(errorsOf(withTier(2, { key: "EXPIRED" }))).toEqual([
      { path: "tiers[2].key", message: "tiers[2].key 不能是 EXPIRED：过期档位由系统固定提供" },
    ]);
    expect(errorsOf(withTier(2, { key: "WATCH" }))).toEqual([
      { path: "tiers[2].key", message: "tiers[2].key 与 tiers[1] 重复: WATCH" },
    ]);
  });

  it("refuses empty names and names over 20 characters", () => {
    expect(errorsOf(withTier(0, { name: "" }))).toEqual([
      { path: "tiers[0].name", message: "tiers[0].name 不能为空" },
    ]);
    expect(errorsOf(withTier(0, { name: "   " }))).toEqual([
      { path: "tiers[0].name", message: "tiers[0].name 不能为空" },
    ]);
    expect(errorsOf(withTier(1, { name: "临".repeat(21) }))).toEqual([
      { path: "tiers[1].name", message: "tiers[1].name 不能超过 20 个字（现在是 21 个）" },
    ]);
    expect(validateTierPolicy(withTier(1, { name: "临".repeat(20) })).ok).toBe(true);
    // Counted as characters, not UTF-16 units: 20 emoji are 40 units.
    expect(validateTierPolicy(withTier(1, { name: "🍞".repeat(20) })).ok).toBe(true);
  });

  it("refuses unknown colours", () => {
    expect(errorsOf(withTier(1, { color: "blue" }))).toEqual([
      {
        path: "tiers[1].color",
        message:
          "tiers[1].color 不是可用的颜色: blue（可选 emerald、yellow、amber、orange、red、rose、slate、sky、violet）",
      },
    ]);
  });

  it("refuses an entry on the first tier and a missing entry on a later one", () => {
    expect(errorsOf(withTier(0, { entry: { kind: "DAYS", days: 90 } }))).toEqual([
      {
        path: "tiers[0].entry",
        message: "tiers[0].entry 必须为空：第一个档位是所有批次的起始档位，没有进入条件",
      },
    ]);
    expect(errorsOf(withTier(2, { entry: null }))).toEqual([
      { path: "tiers[2].entry", message: "tiers[2].entry 不能为空：除第一个档位外，每个档位都需要进入条件" },
    ]);
    expect(errorsOf(withTier(1, { entry: { kind: "WEEKS", weeks: 2 } }))).toEqual([
      { path: "tiers[1].entry.kind", message: "tiers[1].entry.kind 必须是 DAYS、PERCENT 或 BAND: WEEKS" },
    ]);
    expect(errorsOf(withTier(1, { entry: "DAYS" }))).toEqual([
      { path: "tiers[1].entry", message: "tiers[1].entry 必须是一个对象" },
    ]);
  });

  it("refuses non-integer, negative and absurd day counts", () => {
    expect(errorsOf(withTier(2, { entry: { kind: "DAYS", days: 2.5 } }))).toEqual([
      { path: "tiers[2].entry.days", message: "tiers[2].entry.days 必须是整数天数: 2.5" },
    ]);
    expect(errorsOf(withTier(2, { entry: { kind: "DAYS", days: "7" } }))).toEqual([
      { path: "tiers[2].entry.days", message: "tiers[2].entry.days 必须是整数天数: 7" },
    ]);
    expect(errorsOf(withTier(2, { entry: { kind: "DAYS", days: -1 } }))).toEqual([
      { path: "tiers[2].entry.days", message: "tiers[2].entry.days 不能为负数: -1" },
    ]);
    expect(errorsOf(withTier(1, { entry: { kind: "DAYS", days: 36_501 } }))).toEqual([
      { path: "tiers[1].entry.days", message: "tiers[1].entry.days 不能超过 36500 天: 36501" },
    ]);
  });

  it("refuses percentages outside 0–100", () => {
    for (const percent of [-1, 101, 33.3, "33"]) {
      expect(errorsOf(withTier(1, { entry: { kind: "PERCENT", percent } }))).toEqual([
        {
          path: "tiers[1].entry.percent",
          message: `tiers[1].entry.percent 必须是 0 到 100 之间的整数: ${percent}`,
        },
      ]);
    }
  });

  it("refuses empty band tables, negative band values and duplicate minimum shelf lives", () => {
    const band = (bands: unknown) => withTier(1, { entry: { kind: "BAND", bands } });
    expect(errorsOf(band([]))).toEqual([
      { path: "tiers[1].entry.bands", message: "tiers[1].entry.bands 至少需要一行（保质期下限与提前天数）" },
    ]);
    expect(errorsOf(band([{ minShelfLifeDays: -1, daysBeforeExpiry: 40 }]))).toEqual([
      {
        path: "tiers[1].entry.bands[0].minShelfLifeDays",
        message: "tiers[1].entry.bands[0].minShelfLifeDays 不能为负数: -1",
      },
    ]);
    expect(
      errorsOf(
        band([
          { minShelfLifeDays: 1, daysBeforeExpiry: 40 },
          { minShelfLifeDays: 30, daysBeforeExpiry: -5 },
        ]),
      ),
    ).toEqual([
      {
        path: "tiers[1].entry.bands[1].daysBeforeExpiry",
        message: "tiers[1].entry.bands[1].daysBeforeExpiry 不能为负数: -5",
      },
    ]);
    expect(
      errorsOf(
        band([
          { minShelfLifeDays: 0, daysBeforeExpiry: 40 },
          { minShelfLifeDays: 90, daysBeforeExpiry: 50 },
          { minShelfLifeDays: 90, daysBeforeExpiry: 60 },
        ]),
      ),
    ).toEqual([
      {
        path: "tiers[1].entry.bands[2].minShelfLifeDays",
        message: "tiers[1].entry.bands[2].minShelfLifeDays 与 tiers[1].entry.bands[1] 重复（保质期 90 天）",
      },
    ]);
    expect(errorsOf(band([7]))).toEqual([
      { path: "tiers[1].entry.bands[0]", message: "tiers[1].entry.bands[0] 必须是一个对象" },
    ]);
  });

  it("refuses tiers out of order, naming the first offending pair and a shelf life", () => {
    // 10 days is entered later than 15 days: the more urgent tier would swallow it.
    expect(
      errorsOf({
        tiers: [
          normal,
          { ...watch, entry: { kind: "DAYS", days: 10 } },
          { ...urgent, entry: { kind: "DAYS", days: 15 } },
        ],
      }),
    ).toEqual([
      { path: "tiers[1].entry", message: "tiers[1] 的阈值必须大于 tiers[2]（保质期 1 天时 10 ≤ 15）" },
    ]);
    // Equal is out of order too.
    expect(errorsOf(withTier(1, { entry: { kind: "DAYS", days: 7 } }))[0]?.message).toBe(
      "tiers[1] 的阈值必须大于 tiers[2]（保质期 1 天时 7 ≤ 7）",
    );
    // The first pair is fine (1300 days is over 33% of ten years); the second fails at 30 days,
    // where 33% is 9 days, below the band's 10.
    expect(
      errorsOf({
        tiers: [
          normal,
          { ...watch, entry: { kind: "DAYS", days: 1300 } },
          { ...watch, key: "THIRD", entry: { kind: "PERCENT", percent: 33 } },
          { ...urgent, entry: { kind: "BAND", bands: [{ minShelfLifeDays: 30, daysBeforeExpiry: 10 }] } },
        ],
      }),
    ).toEqual([
      { path: "tiers[2].entry", message: "tiers[2] 的阈值必须大于 tiers[3]（保质期 30 天时 9 ≤ 10）" },
    ]);
    // A percentage above a fixed number of days fails for short shelf lives.
    expect(
      errorsOf({
        tiers: [normal, { ...watch, entry: { kind: "PERCENT", percent: 50 } }, urgent],
      }),
    ).toEqual([
      { path: "tiers[1].entry", message: "tiers[1] 的阈值必须大于 tiers[2]（保质期 1 天时 0 ≤ 7）" },
    ]);
    // And a fixed number of days above a percentage fails for long ones.
    expect(
      errorsOf({
        tiers: [
          normal,
          { ...watch, entry: { kind: "DAYS", days: 100 } },
          { ...urgent, entry: { kind: "PERCENT", percent: 10 } },
        ],
      }),
    ).toEqual([
      { path: "tiers[1].entry", message: "tiers[1] 的阈值必须大于 tiers[2]（保质期 1000 天时 100 ≤ 100）" },
    ]);
  });

  it("lets two tiers both stay out of shelf lives no band covers", () => {
    const from30 = (daysBeforeExpiry: number) => ({
      kind: "BAND",
      bands: [{ minShelfLifeDays: 30, daysBeforeExpiry }],
    });
    expect(
      validateTierPolicy({
        tiers: [normal, { ...watch, entry: from30(20) }, { ...urgent, entry: from30(10) }],
      }).ok,
    ).toBe(true);
    // But a tier that stops applying while the more urgent one still does is out of order.
    expect(
      errorsOf({
        tiers: [normal, { ...watch, entry: from30(20) }, { ...urgent, entry: { kind: "DAYS", days: 3 } }],
      }),
    ).toEqual([
      { path: "tiers[1].entry", message: "tiers[1] 的阈值必须大于 tiers[2]（保质期 1 天时 -1 ≤ 3）" },
    ]);
  });

  it("reports every independent problem at once", () => {
    const errors = errorsOf({
      tiers: [
        { key: "NORMAL", name: "", color: "emerald", entry: null },
        { key: "NORMAL", name: "关注", color: "pink", entry: { kind: "PERCENT", percent: 120 } },
      ],
    });
    expect(errors.map((error) => error.path)).toEqual([
      "tiers[0].name",
      "tiers[1].color",
      "tiers[1].entry.percent",
      "tiers[1].key",
    ]);
  });

  it("names a hostile value (an object without a prototype) instead of throwing", () => {
    const errors = errorsOf(withTier(0, { color: Object.create(null) }));
    expect(errors).toEqual([
      expect.objectContaining({ path: "tiers[0].color", message: expect.stringContaining("{}") }),
    ]);
    expect(errorsOf(withTier(1, { entry: { kind: "DAYS", days: Object.create(null) } }))).toHaveLength(1);
  });
});
