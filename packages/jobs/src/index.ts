import { defaultAlertDeps, defaultTieringDeps } from "./deps";
import { createAlertFunctions, createTieringFunctions } from "./functions";

export { inngest } from "./client";
export { type AlertDeps, defaultAlertDeps, defaultTieringDeps, type TieringDeps } from "./deps";
export {
  type DigestsDueData,
  digestsDue,
  type RetierReason,
  type RetierRequestedData,
  type RobotSendData,
  retierRequested,
  robotSend,
  type TierChangedData,
  tierChanged,
} from "./events";
export {
  createAlertFunctions,
  createTieringFunctions,
  ROBOT_THROTTLE,
  recordSendFailure,
  TIER_CHANGE_CHUNK,
} from "./functions";
export { hourIn } from "./hour";
export { inngestConfigured, requestRetier } from "./request";

export const { tieringSchedule, tieringTenant, expirySweep } = createTieringFunctions(defaultTieringDeps);
export const { alertsPlan, alertsSend, alertsDigestSchedule, alertsDigestTenant } =
  createAlertFunctions(defaultAlertDeps);

/** Every function the app serves (apps/web/src/app/api/inngest). */
export const functions = [
  tieringSchedule,
  tieringTenant,
  expirySweep,
  alertsPlan,
  alertsSend,
  alertsDigestSchedule,
  alertsDigestTenant,
];
