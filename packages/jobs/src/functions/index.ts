import type { DealAlertDeps } from "../deal-alert-deps";
import type { AlertDeps, HandoffDeps, OutboxDeps, PromotionDeps, TieringDeps } from "../deps";
import type { ReportDeps } from "../report-deps";
import type { WebhookDeps } from "../webhook-deps";
import { createAlertsDigestSchedule, createAlertsDigestTenant } from "./alerts-digest";
import { createAlertsPlan } from "./alerts-plan";
import { createAlertsSend } from "./alerts-send";
import { createDealAlertsSend } from "./deal-alerts";
import { createExpirySweep } from "./expiry-sweep";
import { createOutboxRelay } from "./outbox-relay";
import { createPromotionHandoff } from "./promotion-handoff";
import { createPromotionLifecycle } from "./promotion-lifecycle";
import { createPromotionsMatch } from "./promotions-match";
import { createPromotionsSweep, createPromotionsSweepTenant } from "./promotions-sweep";
import { createReportsRollupSchedule, createReportsRollupTenant } from "./reports-rollup";
import { createTieringSchedule } from "./tiering-schedule";
import { createTieringTenant } from "./tiering-tenant";
import { createWebhookDeliver, createWebhookFanOut } from "./webhooks";

export { ALERTS_DIGEST_CRON, createAlertsDigestSchedule, createAlertsDigestTenant } from "./alerts-digest";
export { createAlertsPlan } from "./alerts-plan";
export { createAlertsSend, ROBOT_THROTTLE, recordSendFailure } from "./alerts-send";
export { createDealAlertsSend } from "./deal-alerts";
export { createExpirySweep, EXPIRY_SWEEP_CRON } from "./expiry-sweep";
export { fanOutRetier, fanOutToTenants } from "./fan-out";
export { createOutboxRelay, OUTBOX_RELAY_CRON } from "./outbox-relay";
export { createPromotionHandoff } from "./promotion-handoff";
export { createPromotionLifecycle } from "./promotion-lifecycle";
export { createPromotionsMatch } from "./promotions-match";
export {
  createPromotionsSweep,
  createPromotionsSweepTenant,
  PROMOTIONS_SWEEP_CRON,
} from "./promotions-sweep";
export {
  createReportsRollupSchedule,
  createReportsRollupTenant,
  REPORTS_ROLLUP_CRON,
} from "./reports-rollup";
export { createTieringSchedule, TIERING_SCHEDULE_CRON } from "./tiering-schedule";
export { createTieringTenant, TIER_CHANGE_CHUNK } from "./tiering-tenant";
export {
  createWebhookDeliver,
  createWebhookFanOut,
  deliveryRequested,
  WEBHOOK_DELIVERIES_PER_RUN,
} from "./webhooks";

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

/** The promotion functions over the given services (the app uses `defaultPromotionDeps`). */
export function createPromotionFunctions(deps: PromotionDeps) {
  return {
    promotionsMatch: createPromotionsMatch(deps),
    promotionLifecycle: createPromotionLifecycle(deps),
    promotionsSweep: createPromotionsSweep(deps),
    promotionsSweepTenant: createPromotionsSweepTenant(deps),
  };
}

/** The outbox relay over the given services (the app uses `defaultOutboxDeps`). */
export function createOutboxFunctions(deps: OutboxDeps) {
  return { outboxRelay: createOutboxRelay(deps) };
}

/** The webhook functions over the given services (the app uses `defaultWebhookDeps`). */
export function createWebhookFunctions(deps: WebhookDeps) {
  return { webhookFanOut: createWebhookFanOut(deps), webhookDeliver: createWebhookDeliver(deps) };
}

/** The mini-program's deal alerts over the given services (the app uses `defaultDealAlertDeps`). */
export function createDealAlertFunctions(deps: DealAlertDeps) {
  return { dealAlertsSend: createDealAlertsSend(deps) };
}

/** The nightly report rollup over the given services (the app uses `defaultReportDeps`). */
export function createReportFunctions(deps: ReportDeps) {
  return {
    reportsRollupSchedule: createReportsRollupSchedule(deps),
    reportsRollupTenant: createReportsRollupTenant(deps),
  };
}

/** The promotion hand-off (managers, sales) over the given services (the app uses `defaultHandoffDeps`). */
export function createHandoffFunctions(deps: HandoffDeps) {
  return { promotionHandoff: createPromotionHandoff(deps) };
}
