import { inngest } from "../client";
import type { HandoffDeps } from "../deps";
import { promotionLifecycle, robotSend } from "../events";

/**
 * Hand-offs: promotion events are batched per tenant (up to 200, or whatever arrived within 30 s) and
 * planned in one step — the in-app notices are written there — then each robot message goes out as an
 * alert/robot.send, throttled and retried like tier alerts.
 */
export function createPromotionHandoff(deps: HandoffDeps) {
  return inngest.createFunction(
    {
      id: "promotion-handoff",
      name: "Promotions: tell managers and sales what to act on",
      triggers: [promotionLifecycle],
      batchEvents: { maxSize: 200, timeout: "30s", key: "event.data.tenantId" },
    },
    async ({ events, step }) => {
      const planned = await step.run("plan", async () => {
        const byTenant = new Map<string, (typeof events)[number]["data"][]>();
        for (const { data } of events)
          byTenant.set(data.tenantId, [...(byTenant.get(data.tenantId) ?? []), data]);
        const messages = [];
        for (const [tenantId, payloads] of byTenant) {
          for (const alert of await deps.planPromotionHandoffs(tenantId, payloads))
            messages.push({ tenantId, ...alert });
        }
        return messages;
      });
      if (planned.length > 0)
        await step.sendEvent(
          "send",
          planned.map((alert) => robotSend.create(alert)),
        );
      return { events: events.length, messages: planned.length };
    },
  );
}
