import { describe, expect, test } from "vitest";
import {
  buildTierDigest,
  type DigestBatch,
  describeRemaining,
  digestLink,
  inQuietHours,
  localClock,
} from "../src/services/alerts/digest";

const TIER_NAMES = { RED: "紧急", YELLOW: "关注", NORMAL: "正常" };
const CONSOLE = "https://console.example.com";

const batch = (overrides: Partial<DigestBatch> & Pick<DigestBatch, "batchId">): DigestBatch => ({
  productName: "蒙牛纯牛奶 250ml",
  lotCode: "L1",
  warehouseId: "wh-sh",
  warehouseName: "上海一号仓",
  toTier: "RED",
  changedAt: new Date("2026-11-26T02:00:00.000Z"),
  remainingDays: 5,
  qtyOnHand: 10,
  costFen: 350,
  ...overrides,
});

describe("buildTierDigest", () => {
  test("groups by tier, most urgent first, with the cost at risk of each tier", () => {
    const digest = buildTierDigest({
      tenantName: "鲜丰超市",
      tierNames: TIER_NAMES,
      consoleUrl: CONSOLE,
      batches: [
        batch({ batchId: "y1", toTier: "YELLOW", remainingDays: 20, qtyOnHand: 100, costFen: 1_200 }),
        batch({ batchId: "r1", remainingDays: 3, qtyOnHand: 120, costFen: 2_500 }),
        batch({ batchId: "r2", remainingDays: 8, qtyOnHand: 40, costFen: 1_050 }),
        batch({ batchId: "e1", toTier: "EXPIRED", remainingDays: -2, qtyOnHand: 6, costFen: 999 }),
      ],
    });

    // 紧急: 120 × ¥25.00 + 40 × ¥10.50 = ¥3,000 + ¥420 = ¥3,420.00
    expect(digest.lines).toEqual([
      "过期 1 批次 · 成本 ¥59.94 有报废风险",
      "紧急 2 批次 · 成本 ¥3,420.00 有报废风险",
      "关注 1 批次 · 成本 ¥1,200.00 有报废风险",
    ]);
    expect(digest.title).toBe("鲜丰超市 临期预警：过期 1 批次 · 成本 ¥59.94 有报废风险");
    const filtered = `${CONSOLE}/batches?tier=EXPIRED%2CRED%2CYELLOW&changedSince=2026-11-26T02%3A00%3A00.000Z&warehouse=wh-sh`;
    expect(digest.link).toBe(filtered);
    expect(digest.markdown).toBe(
      [
        "### 鲜丰超市 临期预警",
        "- **过期 1 批次 · 成本 ¥59.94 有报废风险**",
        "- **紧急 2 批次 · 成本 ¥3,420.00 有报废风险**",
        "- **关注 1 批次 · 成本 ¥1,200.00 有报废风险**",
        "",
        "批次：",
        "- 蒙牛纯牛奶 250ml · 批号 L1 · 上海一号仓 · 已过期 2 天（过期）",
        "- 蒙牛纯牛奶 250ml · 批号 L1 · 上海一号仓 · 还剩 3 天（紧急）",
        "- 蒙牛纯牛奶 250ml · 批号 L1 · 上海一号仓 · 还剩 8 天（紧急）",
        "- 蒙牛纯牛奶 250ml · 批号 L1 · 上海一号仓 · 还剩 20 天（关注）",
        "",
        `[在临期通查看批次](${filtered})`,
      ].join("\n"),
    );
  });

  test("lists only the five batches with the fewest days left", () => {
    const batches = [9, 1, 7, 0, 4, 12, 2].map((days, i) =>
      batch({ batchId: `b${i}`, lotCode: `LOT-${days}`, remainingDays: days }),
    );
    const digest = buildTierDigest({ tenantName: "T", tierNames: TIER_NAMES, consoleUrl: CONSOLE, batches });

    expect(digest.lines).toEqual(["紧急 7 批次 · 成本 ¥245.00 有报废风险"]);
    const listed = digest.markdown.split("\n").filter((line) => line.includes("批号"));
    expect(listed).toEqual([
      "- 蒙牛纯牛奶 250ml · 批号 LOT-0 · 上海一号仓 · 今天到期（紧急）",
      "- 蒙牛纯牛奶 250ml · 批号 LOT-1 · 上海一号仓 · 还剩 1 天（紧急）",
      "- 蒙牛纯牛奶 250ml · 批号 LOT-2 · 上海一号仓 · 还剩 2 天（紧急）",
      "- 蒙牛纯牛奶 250ml · 批号 LOT-4 · 上海一号仓 · 还剩 4 天（紧急）",
      "- 蒙牛纯牛奶 250ml · 批号 LOT-7 · 上海一号仓 · 还剩 7 天（紧急）",
    ]);
    expect(digest.markdown).toContain("最紧急的 5 个批次：");
  });

  test("names the location of a batch that has one", () => {
    const digest = buildTierDigest({
      tenantName: "T",
      tierNames: TIER_NAMES,
      consoleUrl: CONSOLE,
      batches: [
        batch({ batchId: "a", lotCode: "LA", remainingDays: 1, locationCode: "A-03-2" }),
        batch({ batchId: "b", lotCode: "LB", remainingDays: 2 }),
      ],
    });
    const listed = digest.markdown.split("\n").filter((line) => line.includes("批号"));
    expect(listed).toEqual([
      "- 蒙牛纯牛奶 250ml · 批号 LA · 上海一号仓 · 库位 A-03-2 · 还剩 1 天（紧急）",
      "- 蒙牛纯牛奶 250ml · 批号 LB · 上海一号仓 · 还剩 2 天（紧急）",
    ]);
  });

  test("follows the order of tierNames after EXPIRED, and shows unknown tiers last by key", () => {
    const digest = buildTierDigest({
      tenantName: "T",
      tierNames: { URGENT: "临期", NORMAL: "正常" },
      consoleUrl: CONSOLE,
      batches: [
        batch({ batchId: "a", toTier: "ODD", qtyOnHand: 1, costFen: 100 }),
        batch({ batchId: "b", toTier: "URGENT", qtyOnHand: 1, costFen: 100 }),
      ],
    });
    expect(digest.lines).toEqual([
      "临期 1 批次 · 成本 ¥1.00 有报废风险",
      "ODD 1 批次 · 成本 ¥1.00 有报废风险",
    ]);
  });
});

describe("digestLink", () => {
  const at = (iso: string) => new Date(iso);

  test("filters the batch list to the batches' tiers, changed since the earliest change", () => {
    expect(
      digestLink(CONSOLE, [
        { toTier: "RED", warehouseId: "a", changedAt: at("2026-11-26T03:00:00.000Z") },
        { toTier: "EXPIRED", warehouseId: "b", changedAt: at("2026-11-26T01:00:00.000Z") },
        { toTier: "RED", warehouseId: "a", changedAt: at("2026-11-26T02:00:00.000Z") },
      ]),
    ).toBe(`${CONSOLE}/batches?tier=EXPIRED%2CRED&changedSince=2026-11-26T01%3A00%3A00.000Z`);
  });

  test("adds the warehouse when every batch is in the same one", () => {
    expect(
      digestLink(CONSOLE, [
        { toTier: "RED", warehouseId: "wh-1", changedAt: at("2026-11-26T03:00:00.000Z") },
      ]),
    ).toBe(`${CONSOLE}/batches?tier=RED&changedSince=2026-11-26T03%3A00%3A00.000Z&warehouse=wh-1`);
  });

  test("no batches: the unfiltered list", () => {
    expect(digestLink(CONSOLE, [])).toBe(`${CONSOLE}/batches`);
  });
});

describe("describeRemaining", () => {
  test("days left, due today, days past", () => {
    expect(describeRemaining(3)).toBe("还剩 3 天");
    expect(describeRemaining(0)).toBe("今天到期");
    expect(describeRemaining(-1)).toBe("已过期 1 天");
  });
});

describe("inQuietHours", () => {
  // 2026-11-26 14:30 UTC = 22:30 in Shanghai.
  const at = new Date("2026-11-26T14:30:00.000Z");

  test("reads the tenant's wall clock", () => {
    expect(localClock("Asia/Shanghai", at)).toBe("22:30");
    expect(localClock("UTC", at)).toBe("14:30");
    expect(localClock("UTC", new Date("2026-11-26T00:05:00.000Z"))).toBe("00:05");
  });

  test("a same-day window: start inclusive, end exclusive", () => {
    const lunch = { quietStart: "12:00", quietEnd: "14:30" };
    expect(inQuietHours(lunch, "UTC", new Date("2026-11-26T12:00:00.000Z"))).toBe(true);
    expect(inQuietHours(lunch, "UTC", new Date("2026-11-26T14:29:00.000Z"))).toBe(true);
    expect(inQuietHours(lunch, "UTC", at)).toBe(false);
  });

  test("a window crossing midnight", () => {
    const night = { quietStart: "22:00", quietEnd: "07:00" };
    expect(inQuietHours(night, "Asia/Shanghai", at)).toBe(true); // 22:30
    expect(inQuietHours(night, "Asia/Shanghai", new Date("2026-11-26T22:59:00.000Z"))).toBe(true); // 06:59
    expect(inQuietHours(night, "Asia/Shanghai", new Date("2026-11-26T23:00:00.000Z"))).toBe(false); // 07:00
    expect(inQuietHours(night, "UTC", at)).toBe(false); // 14:30
  });

  test("no window, half a window or an empty one is never quiet", () => {
    expect(inQuietHours({ quietStart: null, quietEnd: null }, "UTC", at)).toBe(false);
    expect(inQuietHours({ quietStart: "22:00", quietEnd: null }, "UTC", at)).toBe(false);
    expect(inQuietHours({ quietStart: "14:30", quietEnd: "14:30" }, "UTC", at)).toBe(false);
  });
});
