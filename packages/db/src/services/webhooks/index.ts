export { type DeliverOptions, type DeliveryOutcome, deliverNextPending, deliverPendingNow } from "./deliver";
export {
  type DeliveryRow,
  enqueuePriceBookDeliveries,
  listDeliveries,
  replayDelivery,
  WEBHOOK_MAX_ATTEMPTS,
} from "./deliveries";
export { type PriceBookPush, sendWebhook, sendYouzan } from "./send";
export {
  MALL_CHANNEL,
  PRICEBOOK_EVENT,
  WEBHOOK_EVENTS,
  WEBHOOK_KINDS,
  type WebhookKind,
  type YouzanSettings,
  type YouzanSku,
} from "./settings";
export {
  createSubscription,
  deleteSubscription,
  listSubscriptions,
  type SubscriptionInput,
  type SubscriptionRow,
  setSubscriptionActive,
} from "./subscriptions";
