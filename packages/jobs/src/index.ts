import { defaultDealAlertDeps } from "./deal-alert-deps";
import {
  defaultAlertDeps,
  defaultHandoffDeps,
  defaultOutboxDeps,
  defaultPromotionDeps,
  defaultTieringDeps,
} from "./deps";
import {
  createAlertFunctions,
  createDealAlertFunctions,
  createHandoffFunctions,
  createOutboxFunctions,
  createPromotionFunctions,
  createReportFunctions,
  createTieringFunctions,
  createWebhookFunctions,
} from "./functions";
import { defaultReportDeps } from "./report-deps";
import { defaultWebhookDeps } from "./webhook-deps";

export { inngest } from "./client";
export { type DealAlertDeps, defaultDealAlertDeps } from "./deal-alert-deps";
export {
  type AlertDeps,
  defaultAlertDeps,
  defaultOutboxDeps,
  defaultPromotionDeps,
  defaultTieringDeps,
  type OutboxDeps,
  type PromotionDeps,
  type TieringDeps,
} from "./deps";
export {
  approvedEvent,
  type DigestsDueData,
  digestsDue,
  type PriceBookPublishedData,
  type PromotionApprovedData,
  type PromotionsSweepDueData,
  priceBookPublished,
  promotionApproved,
  promotionsSweepDue,
  type RetierReason,
  type RetierRequestedData,
  type RobotSendData,
  retierRequested,
  robotSend,
  type TierChangedData,
  tierChanged,
  type WebhookDeliveryRequestedData,
  webhookDeliveryRequested,
} from "./events";
export {
  createAlertFunctions,
  createDealAlertFunctions,
  createOutboxFunctions,
  createPromotionFunctions,
  createTieringFunctions,
  createWebhookFunctions,
  deliveryRequested,
  OUTBOX_RELAY_CRON,
  ROBOT_THROTTLE,
  recordSendFailure,
  TIER_CHANGE_CHUNK,
} from "./functions";
export { hourIn } from "./hour";
export { OUTBOX_RELAY_LIMIT, relayOutboxToInngest } from "./outbox";
export { defaultReportDeps, type ReportDeps } from "./report-deps";
export {
  inngestConfigured,
  requestRetier,
  requestWebhookDelivery,
  sendPromotionApproved,
} from "./request";
export { defaultWebhookDeps, type WebhookDeps } from "./webhook-deps";

export const { tieringSchedule, tieringTenant, expirySweep } = createTieringFunctions(defaultTieringDeps);
export const { alertsPlan, alertsSend, alertsDigestSchedule, alertsDigestTenant } =
  createAlertFunctions(defaultAlertDeps);
export const { promotionsMatch, promotionLifecycle, promotionsSweep, promotionsSweepTenant } =
  createPromotionFunctions(defaultPromotionDeps);
export const { outboxRelay } = createOutboxFunctions(defaultOutboxDeps);
export const { webhookFanOut, webhookDeliver } = createWebhookFunctions(defaultWebhookDeps);
export const { dealAlertsSend } = createDealAlertFunctions(defaultDealAlertDeps);
export const { reportsRollupSchedule, reportsRollupTenant } = createReportFunctions(defaultReportDeps);
export const { promotionHandoff } = createHandoffFunctions(defaultHandoffDeps);

/** Every function the app serves (apps/web/src/app/api/inngest). */
export const functions = [
  tieringSchedule,
  tieringTenant,
  expirySweep,
  alertsPlan,
  alertsSend,
  alertsDigestSchedule,
  alertsDigestTenant,
  promotionsMatch,
  promotionLifecycle,
  promotionsSweep,
  promotionsSweepTenant,
  outboxRelay,
  webhookFanOut,
  webhookDeliver,
  dealAlertsSend,
  reportsRollupSchedule,
  reportsRollupTenant,
  promotionHandoff,
];
