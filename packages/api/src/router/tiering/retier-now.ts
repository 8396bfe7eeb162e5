import { deliverAlertsNow, handOffPromotionsNow, retierTenant, runPromotionsNow } from "@shelfloop/db";
import { inngestConfigured, requestRetier } from "@shelfloop/jobs";
import { roleProcedure } from "../../trpc";

/**
 * "Re-tier now": with Inngest configured, the request goes to the same per-tenant function the hourly
 * schedule uses (alerts and promotions follow from its events); without it, tiering runs here, in this
 * request, and its alerts and promotions are made once the tiering has committed; the console says
 * which happened.
 */
export const retierNow = roleProcedure("MANAGER").mutation(async ({ ctx }) => {
  const { tenantId, timezone } = ctx.tenant;
  if (inngestConfigured()) {
    await requestRetier(tenantId, { timezone });
    return { mode: "queued" as const, changes: null };
  }
  const now = new Date();
  const changes = await retierTenant(ctx.tx, ctx.tenant, now);
  ctx.afterCommit(() => deliverAlertsNow(ctx.db, tenantId, changes, now));
  ctx.afterCommit(() => runPromotionsNow(ctx.db, tenantId, changes, now));
  ctx.afterCommit(() => handOffPromotionsNow(ctx.db, tenantId));
  return { mode: "inline" as const, changes: changes.length };
});
