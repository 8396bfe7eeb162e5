import type { PlannedAlert, PromotionEventPayload } from "@shelfloop/db";
import { eventType, staticSchema } from "inngest";

/** Why a tenant is being re-tiered. */
export type RetierReason = "schedule" | "expiry-sweep" | "manual";

export type RetierRequestedData = {
  tenantId: string;
  /** The hour the request belongs to, "YYYY-MM-DDTHH" in the tenant's timezone (part of the idempotency key). */
  hour: string;
  reason: RetierReason;
};

export type TierChangedData = {
  tenantId: string;
  batchId: string;
  fromTier: string;
  toTier: string;
  remainingDays: number;
};

/** Asks for one tenant's batches to be re-tiered (handled by `tiering-tenant`). */
export const retierRequested = eventType("tenant/retier.requested", {
  schema: staticSchema<RetierRequestedData>(),
});

/** One batch moved to another tier; emitted by `tiering-tenant` for every change it wrote. */
export const tierChanged = eventType("batch/tier.changed", {
  schema: staticSchema<TierChangedData>(),
});

export type RobotSendData = {
  tenantId: string;
  endpointId: string;
  /** The robot message, built by `planTierAlerts`. */
  message: PlannedAlert["message"];
};

/** One planned alert message for one group robot (handled by `alerts-send`). */
export const robotSend = eventType("alert/robot.send", {
  schema: staticSchema<RobotSendData>(),
});

export type DigestsDueData = { tenantId: string };

/** Asks for one tenant's held-back alerts to be checked and sent if due (handled by `alerts-digest-tenant`). */
export const digestsDue = eventType("alert/digests.due", {
  schema: staticSchema<DigestsDueData>(),
});

export type PromotionApprovedData = {
  tenantId: string;
  promotionId: string;
  /** ISO 8601 instants of the promotion's window. */
  startsAt: string;
  endsAt: string;
};

/** A promotion was approved (by a manager or automatically); `promotion-lifecycle` activates and ends it. */
export const promotionApproved = eventType("promotion/approved", {
  schema: staticSchema<PromotionApprovedData>(),
});

export type PromotionsSweepDueData = { tenantId: string };

/** Asks for one tenant's promotions to be ended or activated when due (handled by `promotions-sweep-tenant`). */
export const promotionsSweepDue = eventType("promotion/sweep.due", {
  schema: staticSchema<PromotionsSweepDueData>(),
});

/** The promotion/approved event for a promotion's window (Dates, or ISO strings as steps return them). */
export const approvedEvent = (
  tenantId: string,
  promotion: { promotionId: string; startsAt: Date | string; endsAt: Date | string },
) =>
  promotionApproved.create({
    tenantId,
    promotionId: promotion.promotionId,
    startsAt: new Date(promotion.startsAt).toISOString(),
    endsAt: new Date(promotion.endsAt).toISOString(),
  });

export type PriceBookPublishedData = {
  tenantId: string;
  /** The tenant's price-book version just published (gap-free, increasing). */
  version: number;
};

/** A tenant published a price-book version (relayed from the outbox by `outbox-relay`; webhooks consume it). */
export const priceBookPublished = eventType("pricebook/published", {
  schema: staticSchema<PriceBookPublishedData>(),
});

export type WebhookDeliveryRequestedData = { tenantId: string; subscriptionId: string };

/** A subscription has PENDING deliveries (new version or replay); `webhook-deliver` sends them in order. */
export const webhookDeliveryRequested = eventType("webhook/delivery.requested", {
  schema: staticSchema<WebhookDeliveryRequestedData>(),
});

export type ReportsRollupDueData = { tenantId: string };

/** Asks for one tenant's finished days to be rolled up for the reports (handled by `reports-rollup-tenant`). */
export const reportsRollupDue = eventType("report/rollup.due", {
  schema: staticSchema<ReportsRollupDueData>(),
});

/** A promotion was put up for approval, decided, went live or ended (relayed from the outbox). */
export const promotionLifecycle = eventType("promotion/lifecycle", {
  schema: staticSchema<PromotionEventPayload>(),
});
