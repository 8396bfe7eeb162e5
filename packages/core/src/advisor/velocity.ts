import { addDays, type CalendarDate, daysBetween } from "../calendar";
import { requireRate, requireUnits } from "../metrics/guards";
import { demandMultiplier } from "./elasticity";
import { weekdayFactorsByIndex, weekdayIndex } from "./weekday";

/** One day of a product's sales. A day on sale with no sale must be passed as 0, or it is not counted. */
export interface DailySales {
  readonly date: CalendarDate;
  readonly units: number;
  /** Markdown in force that day (percent off list, fractions allowed); 0 when omitted. */
  readonly discountPercent?: number;
}

export const VELOCITY_WINDOW_DAYS = 28;

/**
 * Products in a category are assumed to differ in pace with a coefficient of variation of about 1.
 * For Poisson sales with a gamma prior of mean v_cat and that spread, the empirical-Bayes weight of
 * n days of own history is n / (n + k) with k = 1 / (CV² × v_cat) days: the category counts as much
 * as the days it takes to expect one sale. A 5-a-day category trusts a product's own pace after a
 * day; a 0.2-a-day category needs about 5 days. Capped at 28 days so a dead category never drowns a
 * product that does sell.
 */
export const PRIOR_CV = 1;
export const MAX_SHRINKAGE_DAYS = 28;

export function shrinkageDays(categoryVelocity: number): number {
  if (categoryVelocity <= 0) return MAX_SHRINKAGE_DAYS;
  return Math.min(MAX_SHRINKAGE_DAYS, 1 / (PRIOR_CV ** 2 * categoryVelocity));
}

export interface VelocityInput {
  /** The product's daily sales; only the 28 days before `today` are read. */
  readonly history: readonly DailySales[];
  readonly today: CalendarDate;
  /** List-price units/day of a typical product of the category; null when unknown (no shrinkage). */
  readonly categoryVelocity: number | null;
  /** Used to turn marked-down days back into list-price units. */
  readonly elasticity: number;
  /** Overrides k in n / (n + k). */
  readonly shrinkageDays?: number;
}

export interface VelocityEstimate {
  /** List-price units/day on an average weekday, after shrinkage. */
  readonly velocity: number;
  /** The product's own list-price pace over the window; null without history. */
  readonly ownVelocity: number | null;
  readonly historyDays: number;
  /** n / (n + k): the share of `velocity` that is the product's own history. */
  readonly ownWeight: number;
  /** Monday first, averaging 1; flat under 28 days of history. */
  readonly weekdayFactors: readonly number[];
}

/**
 * List-price sales pace of a product: marked-down days are deflated by the demand multiplier, the
 * average is taken over weekday-adjusted days (a window holding five Saturdays is not a fast month),
 * then pulled toward the category pace by n / (n + k).
 */
export function estimateVelocity(input: VelocityInput): VelocityEstimate {
  const windowStart = addDays(input.today, -VELOCITY_WINDOW_DAYS);
  const firstWeekday = weekdayIndex(windowStart);
  const seen = new Set<number>();
  const days: { weekday: number; units: number }[] = [];
  for (const day of input.history) {
    requireUnits(day.units, "日销量");
    // One date parse per day: the offset in the window gives both the filter and the weekday.
    const offset = daysBetween(windowStart, day.date);
    if (offset < 0 || offset >= VELOCITY_WINDOW_DAYS) continue;
    if (seen.has(offset)) throw new RangeError(`销售记录日期重复: ${day.date}`);
    seen.add(offset);
    const discount = requireRate(day.discountPercent ?? 0, "折扣");
    if (discount >= 100) throw new RangeError(`折扣必须小于 100%: ${discount}`);
    days.push({
      weekday: (firstWeekday + offset) % 7,
      units: day.units / demandMultiplier(discount, input.elasticity),
    });
  }
  const factors = weekdayFactorsByIndex(days);
  const exposure = days.reduce((acc, day) => acc + (factors[day.weekday] ?? 1), 0);
  // Not salesVelocity: deflated units are fractions, and the divisor is weekday-weighted days.
  const ownVelocity = days.length === 0 ? null : days.reduce((acc, day) => acc + day.units, 0) / exposure;
  const n = days.length;
  const category =
    input.categoryVelocity === null ? null : requireRate(input.categoryVelocity, "品类日均销量");
  if (ownVelocity === null) {
    return { velocity: category ?? 0, ownVelocity, historyDays: 0, ownWeight: 0, weekdayFactors: factors };
  }
  if (category === null) {
    return { velocity: ownVelocity, ownVelocity, historyDays: n, ownWeight: 1, weekdayFactors: factors };
  }
  const k = input.shrinkageDays ?? shrinkageDays(category);
  const ownWeight = n / (n + k);
  return {
    velocity: ownWeight * ownVelocity + (1 - ownWeight) * category,
    ownVelocity,
    historyDays: n,
    ownWeight,
    weekdayFactors: factors,
  };
}
