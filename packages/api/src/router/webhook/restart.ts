import { deliverPendingNow } from "@shelfloop/db";
import { inngestConfigured, requestWebhookDelivery } from "@shelfloop/jobs";
import type { AfterCommit } from "../../trpc";

/**
 * Once the change has committed, starts `webhook-deliver` for the subscription, or, without Inngest,
 * sends what is pending right after the commit. Says which, for the console.
 */
export function restartDeliveries(
  ctx: {
    db: Parameters<typeof deliverPendingNow>[0];
    tenant: { tenantId: string };
    afterCommit: AfterCommit;
  },
  subscriptionId: string,
) {
  const { tenantId } = ctx.tenant;
  const queued = inngestConfigured();
  ctx.afterCommit(() =>
    queued
      ? requestWebhookDelivery(tenantId, subscriptionId)
      : deliverPendingNow(ctx.db, tenantId, subscriptionId),
  );
  return queued ? ("queued" as const) : ("inline" as const);
}
