import { describe, expect, it } from "vitest";
import type { PolicyResult, PolicyTotals } from "./engine";
import { formatComparisons, formatTable } from "./report";

const totals = (overrides: Partial<PolicyTotals>): PolicyTotals => ({
  soldUnits: 100,
  writeOffUnits: 10,
  writeOffValueFen: 10_000,
  revenueFen: 200_000,
  costOfSalesFen: 120_000,
  grossMarginFen: 70_000,
  markdownFen: 0,
  openingUnits: 20,
  receivedUnits: 100,
  closingUnits: 10,
  sellThrough: 100 / 120,
  ...overrides,
});
const result = (key: string, label: string, overrides: Partial<PolicyTotals> = {}): PolicyResult => ({
  key,
  label,
  totals: totals(overrides),
  ledgers: [],
});

describe("formatTable", () => {
  it("prints one row per policy under Chinese headers, figures in yuan", () => {
    const table = formatTable([
      result("a", "(a) 不处理"),
      result("d", "(d) 顾问", { writeOffValueFen: 6_000 }),
    ]);
    const lines = table.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^策略\s+报损件数\s+报损金额\s+营业额\s+毛利\s+降价成本\s+动销率$/);
    expect(lines[2]).toContain("¥100.00");
    expect(lines[2]).toContain("83.3%");
    expect(lines[3]).toContain("¥60.00");
  });
});

describe("formatComparisons", () => {
  it("gives (d) vs (a) on write-off value and (d) vs (b) on gross margin", () => {
    const lines = formatComparisons([
      result("a", "a"),
      result("b", "b", { grossMarginFen: 50_000 }),
      result("d", "d", { writeOffValueFen: 6_000, grossMarginFen: 60_000 }),
    ]);
    expect(lines).toEqual(["(d) 对比 (a) 报损金额：-¥40.00（-40%）", "(d) 对比 (b) 毛利：+¥100.00（+20%）"]);
  });
});
