import { inngest } from "../client";
import type { PromotionDeps } from "../deps";
import { promotionsSweepDue } from "../events";
import { fanOutToTenants } from "./fan-out";

/** Every hour at a quarter past (China time), clear of the re-tiering on the hour. */
export const PROMOTIONS_SWEEP_CRON = "TZ=Asia/Shanghai 15 * * * *";

/** The cron: one promotion/sweep.due per tenant, so one tenant's failure never holds up another's. */
export function createPromotionsSweep(deps: Pick<PromotionDeps, "listTenants">) {
  return inngest.createFunction(
    {
      id: "promotions-sweep",
      name: "Promotions: hourly sweep",
      triggers: [{ cron: PROMOTIONS_SWEEP_CRON }],
    },
    ({ step }) =>
      fanOutToTenants(step, deps.listTenants, (tenantId) => promotionsSweepDue.create({ tenantId })),
  );
}

/**
 * Ends one tenant's promotions that sold out, whose batch expired or whose time is up (the safety net
 * for lifecycles that never ran, e.g. promotions made at startup) and activates those due to start.
 */
export function createPromotionsSweepTenant(deps: Pick<PromotionDeps, "sweepPromotions" | "now">) {
  return inngest.createFunction(
    {
      id: "promotions-sweep-tenant",
      name: "Promotions: sweep one tenant",
      triggers: [promotionsSweepDue],
      concurrency: { key: "event.data.tenantId", limit: 1 },
    },
    async ({ event, step }) => step.run("sweep", () => deps.sweepPromotions(event.data.tenantId, deps.now())),
  );
}
