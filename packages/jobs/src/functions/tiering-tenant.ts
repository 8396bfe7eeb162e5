import { inngest } from "../client";
import type { TieringDeps } from "../deps";
import { retierRequested, tierChanged } from "../events";

/** At most this many batch/tier.changed events per sendEvent step. */
export const TIER_CHANGE_CHUNK = 500;

/**
 * Re-tiers one tenant per `tenant/retier.requested`: one run at a time per tenant, and one run per
 * tenant, hour and reason (a duplicate request for the same slot within 24 hours is skipped).
 */
export function createTieringTenant(deps: Pick<TieringDeps, "retierTenant" | "now">) {
  return inngest.createFunction(
    {
      id: "tiering-tenant",
      name: "Tiering: re-tier one tenant",
      triggers: [retierRequested],
      concurrency: { key: "event.data.tenantId", limit: 1 },
      idempotency: "event.data.tenantId + '-' + event.data.hour + '-' + event.data.reason",
    },
    async ({ event, step }) => {
      const { tenantId } = event.data;
      const changes = await step.run("retier", () => deps.retierTenant(tenantId, deps.now()));
      for (let start = 0; start < changes.length; start += TIER_CHANGE_CHUNK) {
        const chunk = changes.slice(start, start + TIER_CHANGE_CHUNK);
        await step.sendEvent(
          `emit-tier-changes-${start / TIER_CHANGE_CHUNK}`,
          chunk.map((change) => tierChanged.create({ tenantId, ...change })),
        );
      }
      return { changes: changes.length };
    },
  );
}
