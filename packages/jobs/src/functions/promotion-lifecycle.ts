import { inngest } from "../client";
import type { PromotionDeps } from "../deps";
import { promotionApproved } from "../events";

/**
 * An approved promotion's life: sleeps until its start and activates it, then until its end and ends
 * it, releasing the unsold reservation. Both steps are conditional on the current status, so a
 * promotion cancelled, superseded or sold out meanwhile is left as it is. One run per promotion.
 */
export function createPromotionLifecycle(
  deps: Pick<PromotionDeps, "activatePromotion" | "endPromotion" | "now">,
) {
  return inngest.createFunction(
    {
      id: "promotion-lifecycle",
      name: "Promotions: activate and end an approved promotion",
      triggers: [promotionApproved],
      idempotency: "event.data.promotionId",
    },
    async ({ event, step }) => {
      const { tenantId, promotionId, startsAt, endsAt } = event.data;
      await step.sleepUntil("wait-for-start", startsAt);
      const started = await step.run("activate", () =>
        deps.activatePromotion(tenantId, promotionId, deps.now()),
      );
      if (started !== "ACTIVE") return { status: started };
      await step.sleepUntil("wait-for-end", endsAt);
      const ended = await step.run("end", () => deps.endPromotion(tenantId, promotionId, deps.now()));
      return { status: ended };
    },
  );
}
