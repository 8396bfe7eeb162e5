export { adviseMarkdown, type MarkdownAdvice, type MarkdownAdviceInput, redThresholdDays } from "./advise";
export {
  categoryElasticity,
  DEFAULT_ELASTICITY,
  demandMultiplier,
  ELASTICITY_BOUNDS,
  estimateElasticity,
  MIN_PROMOTIONS_FOR_ESTIMATE,
  type PromotionOutcome,
} from "./elasticity";
export { DEFAULT_DISCOUNT_LADDER, requireLadder } from "./ladder";
export {
  type DailySales,
  estimateVelocity,
  shrinkageDays,
  VELOCITY_WINDOW_DAYS,
  type VelocityEstimate,
  type VelocityInput,
} from "./velocity";
export { weekdayFactors, weekdayIndex } from "./weekday";
