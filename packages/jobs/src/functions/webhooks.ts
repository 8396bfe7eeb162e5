import { inngest } from "../client";
import { priceBookPublished, webhookDeliveryRequested } from "../events";
import type { WebhookDeps } from "../webhook-deps";

/** Deliveries sent by one run; more pending are handed to a fresh run, keeping each run's history short. */
export const WEBHOOK_DELIVERIES_PER_RUN = 50;

/** Step retries after the first try: WEBHOOK_MAX_ATTEMPTS attempts in all (Inngest wants a literal). */
export const WEBHOOK_STEP_RETRIES = 4;

/** The event that starts (or restarts) one subscription's deliveries. */
export const deliveryRequested = (tenantId: string, subscriptionId: string) =>
  webhookDeliveryRequested.create({ tenantId, subscriptionId });

/** A published version becomes one delivery per subscription, each subscription then delivered on its own. */
export function createWebhookFanOut(deps: Pick<WebhookDeps, "enqueueDeliveries">) {
  return inngest.createFunction(
    { id: "webhook-fan-out", name: "Webhooks: queue a price-book version", triggers: [priceBookPublished] },
    async ({ event, step }) => {
      const { tenantId, version } = event.data;
      const subscriptions = await step.run("enqueue", () => deps.enqueueDeliveries(tenantId, version));
      if (subscriptions.length > 0)
        await step.sendEvent(
          "deliver",
          subscriptions.map((id) => deliveryRequested(tenantId, id)),
        );
      return { subscriptions: subscriptions.length };
    },
  );
}

/**
 * Sends one subscription's PENDING deliveries, oldest version first, one run at a time per subscription
 * so versions arrive in order. A retryable failure throws, and Inngest retries the step with backoff
 * while later versions wait; the service marks a delivery DEAD on its last attempt (or at once when the
 * subscriber refuses it for good) and the run moves on to the next version.
 */
export function createWebhookDeliver(deps: Pick<WebhookDeps, "deliverNext">) {
  return inngest.createFunction(
    {
      id: "webhook-deliver",
      name: "Webhooks: deliver a subscription's versions in order",
      triggers: [webhookDeliveryRequested],
      concurrency: { limit: 1, key: "event.data.subscriptionId" },
      retries: WEBHOOK_STEP_RETRIES,
    },
    async ({ event, step }) => {
      const { tenantId, subscriptionId } = event.data;
      const settled = { delivered: 0, dead: 0 };
      for (let n = 0; n < WEBHOOK_DELIVERIES_PER_RUN; n++) {
        const outcome = await step.run(`deliver-${n}`, async () => {
          const result = await deps.deliverNext(tenantId, subscriptionId);
          if (result.kind === "retry") throw new Error(`版本 ${result.version} 推送失败：${result.message}`);
          return result;
        });
        if (outcome.kind === "idle") return settled;
        settled[outcome.kind]++;
      }
      await step.sendEvent("continue", deliveryRequested(tenantId, subscriptionId));
      return settled;
    },
  );
}
