import type { CalendarDate } from "../calendar";
import { formatQuantity } from "../metrics/format";
import { floorUnits, requireRate, requireUnits } from "../metrics/guards";
import { remainingDays } from "../shelf-life";
import { type TierPolicy, thresholdDays } from "../tier-policy";
import { DEFAULT_TIER_POLICY } from "../tier-presets";
import {
  categoryElasticity,
  demandMultiplier,
  estimateElasticity,
  type PromotionOutcome,
} from "./elasticity";
import { DEFAULT_DISCOUNT_LADDER, requireLadder, zheText } from "./ladder";
import { type DailySales, estimateVelocity, VELOCITY_WINDOW_DAYS, type VelocityEstimate } from "./velocity";
import { weekdayIndex } from "./weekday";

export interface MarkdownAdviceInput {
  readonly today: CalendarDate;
  readonly expiryDate: CalendarDate;
  readonly shelfLifeDays: number;
  /** Units of this batch on hand. */
  readonly onHand: number;
  /** Markdown the batch is already under, for the "left at the current price" figures; 0 when omitted. */
  readonly currentDiscountPercent?: number;
  /** Units of the same product expiring earlier: FEFO sells them first. 0 when omitted. */
  readonly unitsAhead?: number;
  readonly category: string;
  /** The product's daily sales (all batches); the 28 days before `today` are read. */
  readonly history: readonly DailySales[];
  /** List-price units/day of a typical product in the category; null when unknown. */
  readonly categoryVelocity: number | null;
  /** Percent-off rungs, strictly ascending; [10, 20, 30, 50] when omitted. */
  readonly ladder?: readonly number[];
  /** Its last tier is the red one; DEFAULT_TIER_POLICY when omitted. */
  readonly tierPolicy?: TierPolicy;
  /** Skips the category default and the estimate. */
  readonly elasticity?: number;
  /** Past markdowns, for re-estimating ε once there are ≥ 5. */
  readonly pastPromotions?: readonly PromotionOutcome[];
  /** Overrides k in the shrinkage weight n / (n + k). */
  readonly shrinkageDays?: number;
}

export interface MarkdownAdvice {
  /** expired: no longer sellable; empty: nothing on hand; ok: advice below. */
  readonly status: "ok" | "expired" | "empty";
  /** List-price units/day of the product on an average weekday. */
  readonly velocity: number;
  readonly velocityEstimate: VelocityEstimate;
  readonly elasticity: number;
  readonly elasticitySource: "override" | "estimated" | "category";
  readonly remainingDays: number;
  /** "red": clear before the batch turns red; "expiry": already red (or the policy has no red), clear before expiry. */
  readonly clearBy: "red" | "expiry";
  /** Selling days until the clear-by point, today included. */
  readonly clearByDays: number;
  /** Units of this batch left at expiry if it stays at the current price (list unless told). */
  readonly predictedLeftAtExpiry: number;
  /** Units of this batch left at the clear-by point at the current price. */
  readonly predictedLeftAtClearBy: number;
  /** The smallest rung that clears by the clear-by point; null: none needed; none-sufficient: no rung does. */
  readonly recommendedDiscountPercent: number | null | "none-sufficient";
  /** What to run: the recommendation, the deepest rung when none suffices, 0 when none is needed. */
  readonly discountToApplyPercent: number;
  /** Days until this batch sells out at discountToApplyPercent; null if not before expiry. */
  readonly expectedDaysToClear: number | null;
  /** Units expected left at expiry at discountToApplyPercent: the write-off risk. */
  readonly writeOffRiskUnits: number;
  /** One Chinese sentence for the advice card. */
  readonly explanation: string;
}

/** Remaining days at which the policy's last (most urgent) tier starts; -1 when it never does. */
export function redThresholdDays(policy: TierPolicy, shelfLifeDays: number): number {
  const red = policy.tiers.length > 1 ? policy.tiers[policy.tiers.length - 1] : undefined;
  return red?.entry ? thresholdDays(red.entry, shelfLifeDays) : -1;
}

/**
 * Markdown advice for one batch: its list-price pace, what would be left at list price, and the
 * smallest rung of the ladder expected (in the mean) to sell it out before it turns red — or before
 * expiry once it is red. Demand under a d % markdown is velocity × (1 − d)^(−ε). Pure and
 * deterministic; throws RangeError on invalid input (including an unsorted ladder).
 */
export function adviseMarkdown(input: MarkdownAdviceInput): MarkdownAdvice {
  const ladder = requireLadder(input.ladder ?? DEFAULT_DISCOUNT_LADDER);
  const onHand = requireUnits(input.onHand, "批次库存");
  const ahead = requireUnits(input.unitsAhead ?? 0, "先到期库存");
  const shelfLife = requireUnits(input.shelfLifeDays, "保质期天数");
  const remaining = remainingDays(input.expiryDate, input.today);

  const { elasticity, source } = pickElasticity(input);
  const estimate = estimateVelocity({
    history: input.history,
    today: input.today,
    categoryVelocity: input.categoryVelocity,
    elasticity,
    ...(input.shrinkageDays === undefined ? {} : { shrinkageDays: input.shrinkageDays }),
  });
  const velocity = estimate.velocity;
  const red = redThresholdDays(input.tierPolicy ?? DEFAULT_TIER_POLICY, shelfLife);
  const clearBy = remaining > red && red >= 0 ? "red" : "expiry";
  const sellableDays = Math.max(0, remaining + 1);
  const clearByDays = clearBy === "red" ? remaining - red : sellableDays;
  const base = {
    velocity,
    velocityEstimate: estimate,
    elasticity,
    elasticitySource: source,
    remainingDays: remaining,
    clearBy,
    clearByDays,
  } as const;

  if (remaining < 0 || onHand === 0) {
    const expired = remaining < 0;
    return {
      ...base,
      status: expired ? "expired" : "empty",
      clearByDays: 0,
      predictedLeftAtExpiry: onHand,
      predictedLeftAtClearBy: onHand,
      recommendedDiscountPercent: null,
      discountToApplyPercent: 0,
      expectedDaysToClear: expired ? null : 0,
      writeOffRiskUnits: onHand,
      explanation: expired
        ? `已过期 ${-remaining} 天，禁止销售，请报损 ${onHand} 件`
        : "该批次已无库存，无需促销",
    };
  }

  // Expected daily demand of the product from today on, at list price.
  const startWeekday = weekdayIndex(input.today);
  const daily = (t: number) => velocity * (estimate.weekdayFactors[(startWeekday + t) % 7] ?? 1);
  const leftAfter = (days: number, multiplier: number) => {
    let demand = 0;
    for (let t = 0; t < days; t++) demand += daily(t) * multiplier;
    return onHand - floorUnits(Math.min(onHand, Math.max(0, demand - ahead)));
  };
  const daysToClear = (multiplier: number): number | null => {
    let demand = 0;
    for (let t = 0; t < sellableDays; t++) {
      demand += daily(t) * multiplier;
      if (floorUnits(demand) >= ahead + onHand) return t + 1;
    }
    return null;
  };

  const mult = (d: number) => demandMultiplier(d, elasticity);
  const currentDiscount = requireRate(input.currentDiscountPercent ?? 0, "当前折扣");
  if (currentDiscount >= 100) throw new RangeError(`当前折扣必须小于 100%: ${currentDiscount}`);
  const current = mult(currentDiscount);
  const leftAtExpiry = leftAfter(sellableDays, current);
  const leftAtClearBy = leftAfter(clearByDays, current);
  // The ladder is searched from list price up, whatever runs today: a markdown no longer needed ends.
  const rung =
    leftAfter(clearByDays, 1) === 0 ? 0 : ladder.find((d) => leftAfter(clearByDays, mult(d)) === 0);
  const apply = rung ?? (ladder[ladder.length - 1] as number);
  const advice = {
    ...base,
    status: "ok" as const,
    predictedLeftAtExpiry: leftAtExpiry,
    predictedLeftAtClearBy: leftAtClearBy,
    recommendedDiscountPercent: rung === 0 ? null : (rung ?? ("none-sufficient" as const)),
    discountToApplyPercent: apply,
    expectedDaysToClear: daysToClear(mult(apply)),
    writeOffRiskUnits: leftAfter(sellableDays, mult(apply)),
  };
  return { ...advice, explanation: explain(advice, velocity * mult(apply)) };
}

function pickElasticity(input: MarkdownAdviceInput): {
  elasticity: number;
  source: MarkdownAdvice["elasticitySource"];
} {
  if (input.elasticity !== undefined) {
    if (!Number.isFinite(input.elasticity) || input.elasticity <= 0) {
      throw new RangeError(`价格弹性必须是正数: ${input.elasticity}`);
    }
    return { elasticity: input.elasticity, source: "override" };
  }
  const estimated = estimateElasticity(input.pastPromotions ?? []);
  return estimated === null
    ? { elasticity: categoryElasticity(input.category), source: "category" }
    : { elasticity: estimated, source: "estimated" };
}

type Explained = Omit<MarkdownAdvice, "explanation">;

/** The card's sentence; `pace` is units/day at the discount to apply. */
function explain(a: Explained, pace: number): string {
  const days = a.expectedDaysToClear;
  if (a.recommendedDiscountPercent === null) {
    return `按原价日销 ${formatQuantity(a.velocity)} 件，预计 ${days} 天内售完，无需打折`;
  }
  const zhe = zheText(a.discountToApplyPercent);
  const left =
    a.predictedLeftAtExpiry > 0
      ? `预计到期剩 ${a.predictedLeftAtExpiry} 件`
      : `预计进入紧急档前剩 ${a.predictedLeftAtClearBy} 件`;
  if (a.recommendedDiscountPercent !== "none-sufficient") {
    return `${left}；打 ${zhe}后日销 ${formatQuantity(pace)} 件，可在 ${days} 天内售完`;
  }
  if (a.velocity === 0) {
    return `近 ${VELOCITY_WINDOW_DAYS} 天无销量，${left}；打折也难以售完，建议打 ${zhe}并尽快清仓，预计报损 ${a.writeOffRiskUnits} 件`;
  }
  if (a.writeOffRiskUnits === 0) {
    return `${left}；即使打 ${zhe}日销也只有 ${formatQuantity(pace)} 件，需 ${days} 天售完，建议立即打 ${zhe}`;
  }
  return `${left}；即使打 ${zhe}日销也只有 ${formatQuantity(pace)} 件，预计仍剩 ${a.writeOffRiskUnits} 件需报损，建议打 ${zhe}并尽快清仓`;
}
