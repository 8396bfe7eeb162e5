export {
  eventsOf,
  PROMOTION_LIFECYCLE,
  type PromotionEvent,
  type PromotionEventPayload,
  recordPromotionEvents,
} from "./events";
export { handOffPromotionsNow } from "./now";
export { planPromotionHandoffs } from "./plan";
