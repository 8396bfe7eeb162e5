export {
  type CustomersWon,
  type CustomersWonInput,
  customersWon,
  type IdentifiedPurchase,
  type PromotionCustomersWon,
  REPEAT_WINDOW_DAYS,
} from "./customers-won";
export { type GrossMargin, grossMargin } from "./gross-margin";
export {
  averageInventoryFen,
  type InventoryAtCost,
  type InventoryTurnover,
  type InventoryTurnoverInput,
  inventoryTurnover,
  periodDays,
} from "./inventory-turnover";
export { type MarkdownLine, markdownLossFen } from "./markdown-loss";
export { type PeriodChange, periodChange } from "./period-change";
export {
  type PurchasingAdvice,
  type PurchasingAdviceInput,
  type PurchasingVerdict,
  purchasingAdvice,
  type ReachedTier,
  type ReceiptOutcome,
} from "./purchasing-advice";
export { salesVelocity } from "./sales-velocity";
export { type SellThroughInput, sellThrough } from "./sell-through";
export { type BatchAtRisk, type TierValue, valueAtRiskByTier } from "./value-at-risk";
export { type WriteOffAvoided, type WriteOffAvoidedInput, writeOffAvoided } from "./write-off-avoided";
