export type { ChannelShare, NearExpiryProduct, TierValuePoint } from "./breakdowns";
export {
  type CustomersWonReport,
  customersWonReport,
  type PromotionCustomersWonRow,
} from "./customers-won";
export {
  type DashboardQuery,
  type GroupPerformance,
  type ReportDashboard,
  reportDashboard,
} from "./dashboard";
export { periodAndPrevious, type ReportPeriod } from "./period";
export { BASELINE_DAYS, type PromotionPerformance, promotionPerformance } from "./promotions";
export {
  ADVICE_LOOKBACK_DAYS,
  type ProductAdvice,
  purchasingAdviceReport,
  VELOCITY_DAYS,
} from "./purchasing";
export { ROLLUP_MAX_DAYS_BACK, type RolledDay, rollupDay, rollupPendingDays } from "./rollup";
export { type PeriodTotals, periodTotals } from "./totals";
