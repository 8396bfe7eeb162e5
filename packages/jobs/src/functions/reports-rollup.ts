import { todayIn } from "@shelfloop/core";
import { inngest } from "../client";
import { reportsRollupDue } from "../events";
import type { ReportDeps } from "../report-deps";
import { fanOutToTenants } from "./fan-out";

/**
 * Every hour at 20 past: each tenant rolls up the days that have ended in its own timezone, so a
 * tenant's yesterday is rolled up within the hour after its midnight, wherever it is. A tenant with
 * nothing pending does one cheap lookup.
 */
export const REPORTS_ROLLUP_CRON = "20 * * * *";

export function createReportsRollupSchedule(deps: Pick<ReportDeps, "listTenants">) {
  return inngest.createFunction(
    {
      id: "reports-rollup-schedule",
      name: "Reports: hourly rollup check",
      triggers: [{ cron: REPORTS_ROLLUP_CRON }],
    },
    ({ step }) =>
      fanOutToTenants(step, deps.listTenants, (tenantId) => reportsRollupDue.create({ tenantId })),
  );
}

/** Rolls up one tenant's finished days (idempotent: each day is rebuilt whole). */
export function createReportsRollupTenant(
  deps: Pick<ReportDeps, "listTenants" | "rollupPendingDays" | "now">,
) {
  return inngest.createFunction(
    {
      id: "reports-rollup-tenant",
      name: "Reports: roll up one tenant's finished days",
      triggers: [reportsRollupDue],
      concurrency: { key: "event.data.tenantId", limit: 1 },
    },
    async ({ event, step }) =>
      step.run("rollup", async () => {
        const tenant = (await deps.listTenants()).find((t) => t.id === event.data.tenantId);
        if (!tenant) return { days: [] };
        const rolled = await deps.rollupPendingDays(tenant.id, todayIn(tenant.timezone, deps.now()));
        return { days: rolled.map((day) => day.day) };
      }),
  );
}
