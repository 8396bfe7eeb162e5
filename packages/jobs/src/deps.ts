import {
  database,
  type PlannedAlert,
  planPendingDigests,
  planTierAlerts,
  recordEndpointFailure,
  retierTenantById,
  sendEndpointMessage,
  type TierChange,
  tenantsForJobs,
} from "@shelfloop/db";

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
