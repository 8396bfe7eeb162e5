import type { PlannedAlert } from "@shelfloop/db";
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
