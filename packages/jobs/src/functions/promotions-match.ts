import { inngest } from "../client";
import type { PromotionDeps } from "../deps";
import { approvedEvent, tierChanged } from "../events";

/**
 * Matches a batch that changed tier against the tenant's rules (see matchBatches), one run at a time
 * per tenant, then hands the promotions approved automatically to `promotion-lifecycle`. Not batched:
 * Inngest ignores a concurrency key on batched functions, which would serialise every tenant together.
 * A redelivered event matches again and changes nothing.
 */
export function createPromotionsMatch(deps: Pick<PromotionDeps, "matchBatches" | "now">) {
  return inngest.createFunction(
    {
      id: "promotions-match",
      name: "Promotions: match a batch that changed tier",
      triggers: [tierChanged],
      concurrency: { key: "event.data.tenantId", limit: 1 },
    },
    async ({ event, step }) => {
      const { tenantId, batchId } = event.data;
      const outcome = await step.run("match", () => deps.matchBatches(tenantId, [batchId], deps.now()));
      if (outcome.approved.length > 0) {
        await step.sendEvent(
          "schedule-lifecycle",
          outcome.approved.map((promotion) => approvedEvent(tenantId, promotion)),
        );
      }
      return { created: outcome.created, closed: outcome.closed, skipped: outcome.skipped };
    },
  );
}
