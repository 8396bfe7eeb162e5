export {
  type DealAlertMessage,
  type DealAlertOutcome,
  type DealAlertSendResult,
  sendDealAlerts,
} from "./send";
export { getMiniappSettings, type MiniappSettings, saveMiniappSettings } from "./settings";
export { dealAlertTemplateId, MAX_PENDING_DEAL_ALERTS, subscribeDealAlert } from "./subscribe";
export type { DealAlertTemplate } from "./template";
export { dealAlertSenderFromEnv } from "./wechat";
