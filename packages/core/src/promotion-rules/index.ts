export { DEFAULT_RULES } from "./defaults";
export { describeCoupon, describePromotionTerms, describeTemplateTerms } from "./describe";
export { firstMatchingRule, type MatchableBatch, ruleMatches } from "./match";
export { type ResolveInput, reservationFor, resolveTerms } from "./resolve";
export {
  CHANNELS,
  type Channel,
  type CouponTemplate,
  type PromotionTemplate,
  type RuleCondition,
  type RuleSpec,
  type TemplateTerms,
} from "./types";
export { type RuleError, validateRuleSpec } from "./validate";
