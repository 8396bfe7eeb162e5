import { database, retierTenantById, type TierChange, tenantsForJobs } from "@shelfloop/db";

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
