import { defaultTieringDeps } from "./deps";
import { createTieringFunctions } from "./functions";

export { inngest } from "./client";
export { defaultTieringDeps, type TieringDeps } from "./deps";
export {
  type RetierReason,
  type RetierRequestedData,
  retierRequested,
  type TierChangedData,
  tierChanged,
} from "./events";
export { createTieringFunctions, TIER_CHANGE_CHUNK } from "./functions";
export { hourIn } from "./hour";
export { inngestConfigured, requestRetier } from "./request";

export const { tieringSchedule, tieringTenant, expirySweep } = createTieringFunctions(defaultTieringDeps);

/** Every function the app serves (apps/web/src/app/api/inngest). */
export const functions = [tieringSchedule, tieringTenant, expirySweep];
