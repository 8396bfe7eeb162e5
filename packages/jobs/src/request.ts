import { inngest } from "./client";
import { approvedEvent, retierRequested } from "./events";
import { deliveryRequested } from "./functions/webhooks";
import { hourIn } from "./hour";

const isOn = (value: string | undefined) =>
  value !== undefined && value.trim() !== "" && !["0", "false"].includes(value.trim().toLowerCase());

/**
 * Whether events can be sent to Inngest here: an event key (Inngest Cloud) or INNGEST_DEV (the dev
 * server; "0"/"false" mean off, as in the SDK). When false, callers run tiering inline instead.
 */
export function inngestConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.INNGEST_EVENT_KEY?.trim()) || isOn(env.INNGEST_DEV);
}

/**
 * Asks for one tenant to be re-tiered now (reason "manual"). `timezone` is the tenant's, for the hour
 * of the request; it defaults to the tenants' default timezone.
 */
export function requestRetier(
  tenantId: string,
  { timezone = "Asia/Shanghai", now = new Date() }: { timezone?: string; now?: Date } = {},
) {
  return inngest.send(retierRequested.create({ tenantId, hour: hourIn(timezone, now), reason: "manual" }));
}

/** Hands an approved promotion to `promotion-lifecycle`, which activates and ends it on time. */
export function sendPromotionApproved(
  tenantId: string,
  promotion: { id: string; startsAt: Date; endsAt: Date },
) {
  return inngest.send(approvedEvent(tenantId, { promotionId: promotion.id, ...promotion }));
}

/** Restarts one subscription's deliveries (after a replay from the console). */
export function requestWebhookDelivery(tenantId: string, subscriptionId: string) {
  return inngest.send(deliveryRequested(tenantId, subscriptionId));
}
