export { approvePromotion, cancelPromotion, rejectPromotion } from "./decide";
export { seedDefaultRules } from "./default-rules";
export {
  activatePromotionById,
  endPromotionById,
  runPromotionsNow,
  sweepPromotions,
} from "./for-jobs";
export { getPromotion } from "./get";
export { endPromotions } from "./lifecycle";
export { listPromotions, type PromotionListQuery, pendingPromotionCount, promotionRowById } from "./list";
export { type MatchOutcome, matchBatches, type PromotionTiming } from "./match";
export { type PreviewItem, previewRule } from "./preview";
export type { PromotionRow } from "./rows";
export { deleteRule, reorderRules, setRuleEnabled } from "./rule-admin";
export { listRules, type RuleRow } from "./rule-rows";
export { type RuleInput, saveRule } from "./save-rule";
export { PROMOTION_STATUS_NAMES, PROMOTION_TAG } from "./status";
