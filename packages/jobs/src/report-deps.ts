import { database, type RolledDay, rollupPendingDays, tenantsForJobs } from "@shelfloop/db";

/** What the report functions need; tests pass stubs. */
export interface ReportDeps {
  /** Every tenant with its IANA timezone. */
  listTenants(): Promise<{ id: string; timezone: string }[]>;
  /** Rolls up the tenant's finished days not rolled yet, through the day before `today` (tenant-local). */
  rollupPendingDays(tenantId: string, today: string): Promise<RolledDay[]>;
  now(): Date;
}

export const defaultReportDeps: ReportDeps = {
  listTenants: () => tenantsForJobs(database()),
  rollupPendingDays: (tenantId, today) => rollupPendingDays(database(), tenantId, today),
  now: () => new Date(),
};
