import type { TieringDeps } from "../deps";
import { createExpirySweep } from "./expiry-sweep";
import { createTieringSchedule } from "./tiering-schedule";
import { createTieringTenant } from "./tiering-tenant";

export { createExpirySweep, EXPIRY_SWEEP_CRON } from "./expiry-sweep";
export { fanOutRetier } from "./fan-out";
export { createTieringSchedule, TIERING_SCHEDULE_CRON } from "./tiering-schedule";
export { createTieringTenant, TIER_CHANGE_CHUNK } from "./tiering-tenant";

/** The tiering functions over the given services (the app uses `defaultTieringDeps`). */
export function createTieringFunctions(deps: TieringDeps) {
  return {
    tieringSchedule: createTieringSchedule(deps),
    tieringTenant: createTieringTenant(deps),
    expirySweep: createExpirySweep(deps),
  };
}
