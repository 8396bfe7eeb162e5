import { type CalendarDate, calendarDateOf, type PeriodChange, periodChange } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { tenantTierNames } from "../promotions/tier-names";
import {
  type ChannelShare,
  channelSplit,
  type NearExpiryProduct,
  type TierValuePoint,
  topNearExpiryProducts,
  valueAtRiskSeries,
} from "./breakdowns";
import { type CustomersWonReport, customersWonReport } from "./customers-won";
import { periodAndPrevious, type ReportPeriod } from "./period";
import { type PromotionPerformance, promotionPerformance, promotionsRan } from "./promotions";
import { type PeriodTotals, periodTotals } from "./totals";

export interface DashboardQuery {
  from: CalendarDate;
  to: CalendarDate;
  warehouseId: string | null;
}

export interface GroupPerformance {
  key: string;
  promotions: number;
  unitsSold: number;
  revenueFen: number;
  markdownFen: number;
  writeOffAvoidedFen: number;
}

export interface ReportDashboard {
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  /** The last day the rollups cover (null: none yet); later days read as empty. */
  rolledThrough: CalendarDate | null;
  totals: PeriodTotals & { writeOffAvoidedFen: number };
  previousTotals: PeriodTotals & { writeOffAvoidedFen: number };
  changes: Record<
    "revenueFen" | "markdownFen" | "grossMarginFen" | "writeOffValueFen" | "writeOffAvoidedFen" | "unitsSold",
    PeriodChange
  >;
  tierNames: Record<string, string>;
  valueAtRisk: TierValuePoint[];
  channels: ChannelShare[];
  /** The latest promotions that ran, at most MAX_PROMOTIONS (write-off avoided sums these). */
  promotions: PromotionPerformance[];
  /** How many promotions ran in the period in all. */
  promotionsRan: number;
  byTier: GroupPerformance[];
  byRule: GroupPerformance[];
  topProducts: NearExpiryProduct[];
  /** Customers won by clearance (tenant-wide: not filtered by warehouse). */
  customersWon: CustomersWonReport;
}

/** Promotion figures summed per tier or per rule. */
function groupBy(
  promotions: readonly PromotionPerformance[],
  keyOf: (p: PromotionPerformance) => string,
): GroupPerformance[] {
  const groups = new Map<string, GroupPerformance>();
  for (const p of promotions) {
    const key = keyOf(p);
    const group = groups.get(key) ?? {
      key,
      promotions: 0,
      unitsSold: 0,
      revenueFen: 0,
      markdownFen: 0,
      writeOffAvoidedFen: 0,
    };
    group.promotions++;
    group.unitsSold += p.unitsSold;
    group.revenueFen += p.revenueFen;
    group.markdownFen += p.markdownFen;
    group.writeOffAvoidedFen += p.writeOffAvoidedFen;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.writeOffAvoidedFen - a.writeOffAvoidedFen);
}

const avoidedIn = (promotions: readonly PromotionPerformance[]) =>
  promotions.reduce((sum, p) => sum + p.writeOffAvoidedFen, 0);

/**
 * The reports dashboard for a period (tenant-local dates), from the rollups: KPIs against the previous
 * period of the same length, value at risk by tier per day, channel split, promotion performance (per
 * promotion, tier and rule) and the products that most often went near expiry.
 */
export async function reportDashboard(
  tx: Tx,
  timezone: string,
  query: DashboardQuery,
): Promise<ReportDashboard> {
  const { current, previous } = periodAndPrevious(query.from, query.to);
  const w = query.warehouseId;
  const [totals, previousTotals, promotions, previousPromotions] = [
    await periodTotals(tx, current, w),
    await periodTotals(tx, previous, w),
    await promotionPerformance(tx, current, timezone, w),
    await promotionPerformance(tx, previous, timezone, w),
  ];
  const rolled = await tx.reportRollupDay.findFirst({ orderBy: { day: "desc" }, select: { day: true } });
  const now = { ...totals, writeOffAvoidedFen: avoidedIn(promotions) };
  const before = { ...previousTotals, writeOffAvoidedFen: avoidedIn(previousPromotions) };
  const change = (key: keyof ReportDashboard["changes"]) => periodChange(now[key], before[key]);
  return {
    period: current,
    previousPeriod: previous,
    rolledThrough: rolled ? calendarDateOf(rolled.day) : null,
    totals: now,
    previousTotals: before,
    changes: {
      revenueFen: change("revenueFen"),
      markdownFen: change("markdownFen"),
      grossMarginFen: change("grossMarginFen"),
      writeOffValueFen: change("writeOffValueFen"),
      writeOffAvoidedFen: change("writeOffAvoidedFen"),
      unitsSold: change("unitsSold"),
    },
    tierNames: await tenantTierNames(tx),
    valueAtRisk: await valueAtRiskSeries(tx, current, w),
    channels: await channelSplit(tx, current, w),
    promotions,
    promotionsRan: await promotionsRan(tx, current, timezone, w),
    byTier: groupBy(promotions, (p) => p.tier),
    byRule: groupBy(promotions, (p) => p.ruleName ?? "手工创建"),
    topProducts: await topNearExpiryProducts(tx, current, w),
    customersWon: await customersWonReport(tx, current, timezone),
  };
}
