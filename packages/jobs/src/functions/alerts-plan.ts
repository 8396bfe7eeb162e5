import type { TierChange } from "@shelfloop/db";
import { inngest } from "../client";
import type { AlertDeps } from "../deps";
import { robotSend, tierChanged } from "../events";

/**
 * Turns tier changes into robot messages: batch/tier.changed events are batched per tenant (up to
 * 500, or whatever arrived within 30 s), planned in one step, then sent as one alert/robot.send per
 * planned message. Returns how many messages were planned.
 */
export function createAlertsPlan(deps: Pick<AlertDeps, "planTierAlerts" | "now">) {
  return inngest.createFunction(
    {
      id: "alerts-plan",
      name: "Alerts: plan robot messages for tier changes",
      triggers: [tierChanged],
      batchEvents: { maxSize: 500, timeout: "30s", key: "event.data.tenantId" },
    },
    async ({ events, step }) => {
      const planned = await step.run("plan", async () => {
        const now = deps.now();
        // The batch key keeps one tenant per batch; grouping anyway costs nothing and never mixes tenants.
        const byTenant = new Map<string, TierChange[]>();
        for (const { data } of events) {
          const { tenantId, ...change } = data;
          byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), change]);
        }
        const messages = [];
        for (const [tenantId, changes] of byTenant) {
          for (const alert of await deps.planTierAlerts(tenantId, changes, now))
            messages.push({ tenantId, ...alert });
        }
        return messages;
      });
      if (planned.length > 0) {
        await step.sendEvent(
          "send",
          planned.map((alert) => robotSend.create(alert)),
        );
      }
      return { changes: events.length, messages: planned.length };
    },
  );
}
