import {
  activatePromotionById,
  database,
  endPromotionById,
  type MatchOutcome,
  matchBatches,
  type PlannedAlert,
  type PromotionEventPayload,
  type PromotionStatus,
  planPendingDigests,
  planPromotionHandoffs,
  planTierAlerts,
  recordEndpointFailure,
  retierTenantById,
  sendEndpointMessage,
  sweepPromotions,
  type TierChange,
  tenantsForJobs,
} from "@shelfloop/db";
import { relayOutboxToInngest } from "./outbox";

/** What the tiering functions need from the outside world; tests pass stubs. */
export interface TieringDeps {
  /** Every tenant with its IANA timezone. */
  listTenants(): Promise<{ id: string; timezone: string }[]>;
  /** Re-tiers one tenant as of `now`; returns the tier changes it wrote. */
  retierTenant(tenantId: string, now: Date): Promise<TierChange[]>;
  now(): Date;
}

/** The real services over the process-wide database (connected on first use, not on import). */
export const defaultTieringDeps: TieringDeps = {
  listTenants: () => tenantsForJobs(database()),
  retierTenant: (tenantId, now) => retierTenantById(database(), tenantId, now),
  now: () => new Date(),
};

/** What the alert functions need; tests pass stubs. */
export interface AlertDeps {
  /** The robot messages for one tenant's tier changes (also writes the in-app summary). */
  planTierAlerts(tenantId: string, changes: TierChange[], now: Date): Promise<PlannedAlert[]>;
  /** The held-back messages (quiet hours, digest mode) of one tenant that are due at `now`. */
  planPendingDigests(tenantId: string, now: Date): Promise<PlannedAlert[]>;
  /** Every tenant with its IANA timezone. */
  listTenants(): Promise<{ id: string; timezone: string }[]>;
  /** Sends one message through one endpoint; `{ skipped: "paused" }` when it is paused or gone. */
  sendEndpointMessage(
    tenantId: string,
    endpointId: string,
    message: PlannedAlert["message"],
  ): ReturnType<typeof sendEndpointMessage>;
  /** Counts a delivery that failed for good; pauses the endpoint at the third. */
  recordEndpointFailure(
    tenantId: string,
    endpointId: string,
    failure: { message: string },
  ): ReturnType<typeof recordEndpointFailure>;
  now(): Date;
}

export const defaultAlertDeps: AlertDeps = {
  planTierAlerts: (tenantId, changes, now) => planTierAlerts(database(), tenantId, changes, now),
  planPendingDigests: (tenantId, now) => planPendingDigests(database(), tenantId, now),
  listTenants: () => tenantsForJobs(database()),
  sendEndpointMessage: (tenantId, endpointId, message) =>
    sendEndpointMessage(database(), tenantId, endpointId, message),
  recordEndpointFailure: (tenantId, endpointId, failure) =>
    recordEndpointFailure(database(), tenantId, endpointId, failure),
  now: () => new Date(),
};

/** What the promotion functions need; tests pass stubs. */
export interface PromotionDeps {
  /** Every tenant with its IANA timezone. */
  listTenants(): Promise<{ id: string; timezone: string }[]>;
  /** Matches batches that changed tier against the tenant's rules (idempotent). */
  matchBatches(tenantId: string, batchIds: string[], now: Date): Promise<MatchOutcome>;
  /** Activates an approved promotion whose start has come; returns its status (null: gone). */
  activatePromotion(tenantId: string, promotionId: string, now: Date): Promise<PromotionStatus | null>;
  /** Ends a promotion that is due to end; returns its status (null: gone). */
  endPromotion(tenantId: string, promotionId: string, now: Date): Promise<PromotionStatus | null>;
  /** Ends and activates one tenant's promotions that are due. */
  sweepPromotions(tenantId: string, now: Date): Promise<{ ended: number; activated: number }>;
  now(): Date;
}

/**
 * A promotion change, then its tenant's outbox relayed at once, so price-book subscribers hear of an
 * activation or end within seconds (the `outbox-relay` cron is the safety net).
 */
async function thenRelay<T>(tenantId: string, change: Promise<T>): Promise<T> {
  const result = await change;
  await relayOutboxToInngest(tenantId);
  return result;
}

export const defaultPromotionDeps: PromotionDeps = {
  listTenants: () => tenantsForJobs(database()),
  matchBatches: (tenantId, batchIds, now) =>
    thenRelay(tenantId, matchBatches(database(), tenantId, batchIds, now)),
  activatePromotion: (tenantId, promotionId, now) =>
    thenRelay(tenantId, activatePromotionById(database(), tenantId, promotionId, now)),
  endPromotion: (tenantId, promotionId, now) =>
    thenRelay(tenantId, endPromotionById(database(), tenantId, promotionId, now)),
  sweepPromotions: (tenantId, now) => thenRelay(tenantId, sweepPromotions(database(), tenantId, now)),
  now: () => new Date(),
};

/** What the outbox relay needs; tests pass stubs. */
export interface OutboxDeps {
  /** Relays every tenant's unpublished outbox rows; returns how many. */
  relayOutbox(): Promise<number>;
}

export const defaultOutboxDeps: OutboxDeps = { relayOutbox: () => relayOutboxToInngest() };

/** What the promotion hand-off function needs; tests pass stubs. */
export interface HandoffDeps {
  /** Writes the in-app notices for one tenant's promotion events and returns the robot messages. */
  planPromotionHandoffs(tenantId: string, events: PromotionEventPayload[]): Promise<PlannedAlert[]>;
}

export const defaultHandoffDeps: HandoffDeps = {
  planPromotionHandoffs: (tenantId, events) => planPromotionHandoffs(database(), tenantId, events),
};
