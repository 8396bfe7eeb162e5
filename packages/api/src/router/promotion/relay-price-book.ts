import { type Database, handOffPromotionsNow } from "@shelfloop/db";
import { inngestConfigured, relayOutboxToInngest } from "@shelfloop/jobs";
import type { AfterCommit } from "../../trpc";

/**
 * Once a promotion change has committed, relays what it announced (the price-book version, the
 * hand-off events) to Inngest at once rather than at the next minute's `outbox-relay`. Without Inngest
 * the hand-offs (in-app notices, robots) are made here; price-book versions stay in the outbox until
 * Inngest is configured.
 */
export function relayPriceBook(ctx: {
  db: Database;
  tenant: { tenantId: string };
  afterCommit: AfterCommit;
}): void {
  const { tenantId } = ctx.tenant;
  ctx.afterCommit(() =>
    inngestConfigured() ? relayOutboxToInngest(tenantId) : handOffPromotionsNow(ctx.db, tenantId),
  );
}
