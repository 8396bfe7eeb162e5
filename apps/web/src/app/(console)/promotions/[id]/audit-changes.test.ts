import { describe, expect, it } from "vitest";
import { auditChanges } from "./audit-changes";

const context = { timeZone: "Asia/Shanghai", tierNames: { YELLOW: "关注" } };

describe("audit changes", () => {
  it("lists the fields an approval changed, statuses as the merchant reads them", () => {
    expect(
      auditChanges(
        { status: "PENDING_APPROVAL", reservedQty: 6, decidedById: null, decisionComment: null },
        { status: "ACTIVE", reservedQty: 6, decidedById: "3f0c…", decisionComment: "同意" },
        context,
      ),
    ).toEqual([
      { label: "状态", before: "待审批", after: "进行中" },
      { label: "意见", before: "—", after: "同意" },
    ]);
  });

  it("reads a creation: nulls left out, instants on the tenant's clock, tier, rule and terms by name", () => {
    expect(
      auditChanges(
        null,
        {
          status: "PENDING_APPROVAL",
          startsAt: "2026-11-26T02:05:00.000Z",
          endedReason: null,
          tier: "YELLOW",
          rule: { id: "r1", name: "关注：第二件半价", version: 2 },
          terms: { type: "SPECIAL_PRICE", params: { unitPriceFen: 879 } },
          note: "x".repeat(60),
        },
        context,
      ),
    ).toEqual([
      { label: "状态", before: "—", after: "待审批" },
      { label: "开始", before: "—", after: "2026/11/26 10:05" },
      { label: "级别", before: "—", after: "关注" },
      { label: "规则", before: "—", after: "关注：第二件半价 · v2" },
      { label: "条款", before: "—", after: "特价 ¥8.79" },
      { label: "note", before: "—", after: `${"x".repeat(39)}…` },
    ]);
  });

  it("reads a deletion against nothing and ignores what is not an object", () => {
    expect(auditChanges({ soldQty: 2 }, undefined, context)).toEqual([
      { label: "已售数量", before: "2", after: "—" },
    ]);
    expect(auditChanges("text", [1], context)).toEqual([]);
  });
});
