import { inngestConfigured, relayOutboxToInngest } from "@shelfloop/jobs";
import type { AfterCommit } from "../../trpc";

/**
 * Once a promotion change has committed, relays the price-book version it published (if any) to
 * Inngest at once rather than at the next minute's `outbox-relay`. Without Inngest there is no one
 * to relay to: the outbox keeps the rows until Inngest is configured.
 */
export function relayPriceBook(ctx: { tenant: { tenantId: string }; afterCommit: AfterCommit }): void {
  if (!inngestConfigured()) return;
  ctx.afterCommit(() => relayOutboxToInngest(ctx.tenant.tenantId));
}
