import { type Database, deliverAlertsNow, runPromotionsNow, type TierChange } from "@shelfloop/db";
import { inngest, inngestConfigured, tierChanged } from "@shelfloop/jobs";
import type { AfterCommit } from "../../trpc";

/**
 * Alerts and promotions for lots received straight into an alerting tier, once the receipt has
 * committed (so the planners can read the new batches): batch/tier.changed events when Inngest is
 * configured, as re-tiering sends them, else made in this process, as "re-tier now" does without Inngest.
 */
export function announceTierChanges(
  ctx: { db: Database; tenant: { tenantId: string }; afterCommit: AfterCommit },
  changes: TierChange[],
  now: Date,
): void {
  if (changes.length === 0) return;
  const { tenantId } = ctx.tenant;
  if (inngestConfigured()) {
    ctx.afterCommit(() => inngest.send(changes.map((change) => tierChanged.create({ tenantId, ...change }))));
    return;
  }
  ctx.afterCommit(() => deliverAlertsNow(ctx.db, tenantId, changes, now));
  ctx.afterCommit(() => runPromotionsNow(ctx.db, tenantId, changes, now));
}
