import { InngestTestEngine } from "@inngest/test";
import { describe, expect, test, vi } from "vitest";
import { createReportsRollupSchedule, createReportsRollupTenant } from "../src/functions/reports-rollup";
import type { ReportDeps } from "../src/report-deps";
import { sentOk } from "./helpers";

const tenants = async () => [
  { id: "t-sh", timezone: "Asia/Shanghai" },
  { id: "t-ny", timezone: "America/New_York" },
];

describe("reports-rollup", () => {
  test("the hourly cron asks every tenant to roll up", async () => {
    const fn = createReportsRollupSchedule({ listTenants: tenants });
    expect(fn.opts.triggers).toMatchObject([{ cron: "20 * * * *" }]);
    const { result, ctx } = await new InngestTestEngine({ function: fn }).execute({
      steps: sentOk("fan-out"),
    });
    expect(result).toEqual({ tenants: 2 });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("fan-out", [
      expect.objectContaining({ name: "report/rollup.due", data: { tenantId: "t-sh" } }),
      expect.objectContaining({ name: "report/rollup.due", data: { tenantId: "t-ny" } }),
    ]);
  });

  test("a tenant rolls up through its own yesterday: the same instant is a different day in each timezone", async () => {
    const rollupPendingDays = vi.fn<ReportDeps["rollupPendingDays"]>(async (_, today) => [
      { day: `before ${today}`, salesRows: 1, stockRows: 1 },
    ]);
    // 2026-03-01 02:00 in Shanghai is still 2026-02-28 in New York.
    const now = () => new Date("2026-02-28T18:00:00Z");
    const fn = createReportsRollupTenant({ listTenants: tenants, rollupPendingDays, now });
    expect(fn.opts.concurrency).toEqual({ key: "event.data.tenantId", limit: 1 });
    const engine = new InngestTestEngine({ function: fn });
    await engine.execute({ events: [{ name: "report/rollup.due", data: { tenantId: "t-sh" } }] });
    await engine.execute({ events: [{ name: "report/rollup.due", data: { tenantId: "t-ny" } }] });
    expect(rollupPendingDays.mock.calls).toEqual([
      ["t-sh", "2026-03-01"],
      ["t-ny", "2026-02-28"],
    ]);
  });
});
