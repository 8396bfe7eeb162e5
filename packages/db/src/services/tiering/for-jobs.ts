import type { Database } from "../../client";
import { withScope, withTenant } from "../../scope";
import { retierTenant, type TierChange } from "./retier-tenant";

/** Every tenant with its timezone, for schedulers (through app_tenants_for_jobs: RLS hides tenants). */
export function tenantsForJobs(db: Database): Promise<{ id: string; timezone: string }[]> {
  return withScope(db, {}, (tx) => tx.$queryRaw`SELECT id::text AS id, timezone FROM app_tenants_for_jobs()`);
}

/** Re-tiers one tenant in its own transaction; returns the tier changes it wrote. */
export function retierTenantById(
  db: Database,
  tenantId: string,
  now: Date = new Date(),
): Promise<TierChange[]> {
  return withTenant(
    db,
    { tenantId },
    async (tx) => {
      const { timezone } = await tx.tenant.findUniqueOrThrow({
        where: { id: tenantId },
        select: { timezone: true },
      });
      return retierTenant(tx, { tenantId, timezone }, now);
    },
    { timeoutMs: 120_000 },
  );
}
