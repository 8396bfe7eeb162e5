import type { AlertDeps, TieringDeps } from "../deps";
import { createAlertsDigestSchedule, createAlertsDigestTenant } from "./alerts-digest";
import { createAlertsPlan } from "./alerts-plan";
import { createAlertsSend } from "./alerts-send";
import { createExpirySweep } from "./expiry-sweep";
import { createTieringSchedule } from "./tiering-schedule";
import { createTieringTenant } from "./tiering-tenant";

export { ALERTS_DIGEST_CRON, createAlertsDigestSchedule, createAlertsDigestTenant } from "./alerts-digest";
export { createAlertsPlan } from "./alerts-plan";
export { createAlertsSend, ROBOT_THROTTLE, recordSendFailure } from "./alerts-send";
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

/** The alert delivery functions over the given services (the app uses `defaultAlertDeps`). */
export function createAlertFunctions(deps: AlertDeps) {
  return {
    alertsPlan: createAlertsPlan(deps),
    alertsSend: createAlertsSend(deps),
    alertsDigestSchedule: createAlertsDigestSchedule(deps),
    alertsDigestTenant: createAlertsDigestTenant(deps),
  };
}
