import { inngest } from "../client";
import type { AlertDeps } from "../deps";
import { digestsDue, robotSend } from "../events";
import { fanOutToTenants } from "./fan-out";

/** Every quarter hour: held-back alerts go out within 15 minutes of the end of quiet hours. */
export const ALERTS_DIGEST_CRON = "TZ=Asia/Shanghai */15 * * * *";

/** The cron: one alert/digests.due per tenant, so one tenant's failure never holds up another's. */
export function createAlertsDigestSchedule(deps: Pick<AlertDeps, "listTenants">) {
  return inngest.createFunction(
    {
      id: "alerts-digest-schedule",
      name: "Alerts: check held-back digests",
      triggers: [{ cron: ALERTS_DIGEST_CRON }],
    },
    ({ step }) => fanOutToTenants(step, deps.listTenants, (tenantId) => digestsDue.create({ tenantId })),
  );
}

/**
 * Plans one tenant's due digests (clearing their hold in the same transaction) and hands each to
 * `alerts-send`, which throttles and retries per endpoint. One run at a time per tenant.
 */
export function createAlertsDigestTenant(deps: Pick<AlertDeps, "planPendingDigests" | "now">) {
  return inngest.createFunction(
    {
      id: "alerts-digest-tenant",
      name: "Alerts: send one tenant's due digests",
      triggers: [digestsDue],
      concurrency: { key: "event.data.tenantId", limit: 1 },
    },
    async ({ event, step }) => {
      const { tenantId } = event.data;
      const planned = await step.run("plan", () => deps.planPendingDigests(tenantId, deps.now()));
      if (planned.length > 0) {
        await step.sendEvent(
          "send",
          planned.map((alert) => robotSend.create({ tenantId, ...alert })),
        );
      }
      return { messages: planned.length };
    },
  );
}
