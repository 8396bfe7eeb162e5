import { retierTenant } from "@shelfloop/db";
import { inngestConfigured, requestRetier } from "@shelfloop/jobs";
import { roleProcedure } from "../../trpc";

/**
 * "Re-tier now": with Inngest configured, the request goes to the same per-tenant function the hourly
 * schedule uses (alerts follow from its events); without it, tiering runs here, in this request, and
 * the console says so.
 */
export const retierNow = roleProcedure("MANAGER").mutation(async ({ ctx }) => {
  if (inngestConfigured()) {
    await requestRetier(ctx.tenant.tenantId, { timezone: ctx.tenant.timezone });
    return { mode: "queued" as const, changes: null };
  }
  const changes = await retierTenant(ctx.tx, ctx.tenant);
  return { mode: "inline" as const, changes: changes.length };
});
