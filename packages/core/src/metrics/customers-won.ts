import { addDays, type CalendarDate, daysBetween, isCalendarDate } from "../calendar";
import { requireNonNegativeFen } from "./guards";

/** Days after the first purchase in which another purchase counts as a repeat (复购). */
export const REPEAT_WINDOW_DAYS = 30;

/** One identified purchase (a POS sale with a member id or openid). */
export interface IdentifiedPurchase {
  readonly customer: string;
  /** The instant of the sale: orders a customer's purchases, so the first one is known. */
  readonly purchasedAt: Date;
  /** purchasedAt's calendar date in the tenant's timezone: decides the period and the 30 days. */
  readonly day: CalendarDate;
  readonly revenueFen: number;
  /** The part of revenueFen from lines sold under a promotion (临期清仓). */
  readonly clearanceRevenueFen: number;
  /** The promotions of those lines; non-empty means the purchase contained clearance. */
  readonly promotionIds: readonly string[];
}

export interface CustomersWonInput {
  /** Inclusive tenant-local calendar dates. */
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  /**
   * Every purchase up to the period end, or equivalently the period's purchases plus each of those
   * customers' first purchase before the period: purchases before the period only decide who is new.
   * Purchases after the period end are ignored (repeats are observed up to the period end).
   */
  readonly purchases: readonly IdentifiedPurchase[];
}

export interface PromotionCustomersWon {
  readonly promotionId: string;
  /** New customers whose first purchase included this promotion. */
  readonly customersWon: number;
  /** Of them, those who bought again within REPEAT_WINDOW_DAYS (up to the period end). */
  readonly repeatWithin30Days: number;
  /** Of them, those without a repeat yet whose 30 days run past the period end. */
  readonly stillInWindow: number;
  /** Everything they spent in the period, first purchase included. */
  readonly revenueFen: number;
}

export interface CustomersWon {
  /** Distinct customers with a purchase in the period. */
  readonly activeCustomers: number;
  /** Customers whose first-ever purchase falls in the period. */
  readonly newCustomers: number;
  /** New customers whose first purchase contained a clearance line. */
  readonly wonByClearance: number;
  /** wonByClearance ÷ newCustomers; null without new customers. */
  readonly wonShare: number | null;
  /**
   * Customers won by clearance who bought again on a later day within REPEAT_WINDOW_DAYS of their
   * first purchase, up to the period end. Only repeats that happened count.
   */
  readonly repeatWithin30Days: number;
  /**
   * Customers won by clearance with no repeat yet whose 30 days had not run out at the period end:
   * they may still come back, so repeatRate is a lower bound while this is above 0.
   */
  readonly stillInWindow: number;
  /** repeatWithin30Days ÷ wonByClearance; null when no one was won. */
  readonly repeatRate: number | null;
  /** Clearance revenue of identified purchases in the period, by who bought it. */
  readonly clearanceRevenue: {
    readonly totalFen: number;
    /** From customers whose first-ever purchase falls in the period (that purchase and later ones). */
    readonly fromNewFen: number;
    /** From customers who had bought before the period started. */
    readonly fromReturningFen: number;
    /** fromNewFen ÷ totalFen; null when there was no clearance revenue. */
    readonly newShare: number | null;
  };
  /** Per promotion in the won customers' first purchases; most customers won first. */
  readonly byPromotion: readonly PromotionCustomersWon[];
}

interface CustomerHistory {
  firstAt: number;
  firstDay: CalendarDate;
  /** The purchases at the first instant (one sale, unless two share the same instant). */
  first: IdentifiedPurchase[];
  /** Days of purchases up to the period end. */
  days: CalendarDate[];
  periodRevenueFen: number;
}

function checkPurchase(purchase: IdentifiedPurchase) {
  if (!isCalendarDate(purchase.day)) throw new RangeError(`购买日期无效: ${purchase.day}`);
  if (Number.isNaN(purchase.purchasedAt.getTime())) throw new RangeError("购买时间无效");
  const revenue = requireNonNegativeFen(purchase.revenueFen, "营收");
  const clearance = requireNonNegativeFen(purchase.clearanceRevenueFen, "清仓营收");
  if (clearance > revenue) throw new RangeError(`清仓营收不能超过营收: ${clearance} > ${revenue}`);
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * Customers won by clearance (拉新获客) in a period, from identified purchases.
 *
 * - First purchase: a customer's earliest purchase by instant (purchases sharing that instant together).
 *   New customer: one whose first purchase's day falls in the period.
 * - Won by clearance: a new customer whose first purchase contained a promotion line.
 * - Repeat within 30 days: another purchase on a later day, at most REPEAT_WINDOW_DAYS days after the
 *   first purchase's day (tenant-local dates) and no later than the period end. A second sale the
 *   same day is the same visit, not a return.
 * - Clearance revenue from new customers: the clearance revenue of every purchase in the period by a
 *   customer whose first purchase falls in the period; from returning customers: the rest, by customers
 *   who had bought before the period.
 */
export function customersWon(input: CustomersWonInput): CustomersWon {
  const { from, to } = input.period;
  if (daysBetween(from, to) < 0) throw new RangeError(`统计期无效: ${from} 至 ${to}`);

  const inPeriod = (day: CalendarDate) => day >= from && day <= to;
  const seen = input.purchases.filter((purchase) => {
    checkPurchase(purchase);
    return purchase.day <= to;
  });

  const customers = new Map<string, CustomerHistory>();
  for (const purchase of seen) {
    const at = purchase.purchasedAt.getTime();
    const history = customers.get(purchase.customer);
    if (!history) {
      customers.set(purchase.customer, {
        firstAt: at,
        firstDay: purchase.day,
        first: [purchase],
        days: [purchase.day],
        periodRevenueFen: 0,
      });
    } else {
      history.days.push(purchase.day);
      if (at < history.firstAt)
        Object.assign(history, { firstAt: at, firstDay: purchase.day, first: [purchase] });
      else if (at === history.firstAt) history.first.push(purchase);
    }
  }

  let fromNewFen = 0;
  let fromReturningFen = 0;
  const active = new Set<string>();
  for (const purchase of seen) {
    if (!inPeriod(purchase.day)) continue;
    const history = customers.get(purchase.customer) as CustomerHistory;
    active.add(purchase.customer);
    history.periodRevenueFen += purchase.revenueFen;
    if (inPeriod(history.firstDay)) fromNewFen += purchase.clearanceRevenueFen;
    else fromReturningFen += purchase.clearanceRevenueFen;
  }

  let newCustomers = 0;
  let wonByClearance = 0;
  let repeatWithin30Days = 0;
  let stillInWindow = 0;
  const promotions = new Map<string, PromotionCustomersWon>();
  for (const history of customers.values()) {
    if (!inPeriod(history.firstDay)) continue;
    newCustomers++;
    const promotionIds = new Set(history.first.flatMap((purchase) => purchase.promotionIds));
    if (promotionIds.size === 0) continue;
    wonByClearance++;
    const windowEnd = addDays(history.firstDay, REPEAT_WINDOW_DAYS);
    const repeated = history.days.some((day) => day > history.firstDay && day <= windowEnd);
    const waiting = !repeated && windowEnd > to;
    if (repeated) repeatWithin30Days++;
    if (waiting) stillInWindow++;
    for (const promotionId of promotionIds) {
      const row = promotions.get(promotionId) ?? {
        promotionId,
        customersWon: 0,
        repeatWithin30Days: 0,
        stillInWindow: 0,
        revenueFen: 0,
      };
      promotions.set(promotionId, {
        promotionId,
        customersWon: row.customersWon + 1,
        repeatWithin30Days: row.repeatWithin30Days + (repeated ? 1 : 0),
        stillInWindow: row.stillInWindow + (waiting ? 1 : 0),
        revenueFen: row.revenueFen + history.periodRevenueFen,
      });
    }
  }

  const totalFen = fromNewFen + fromReturningFen;
  return {
    activeCustomers: active.size,
    newCustomers,
    wonByClearance,
    wonShare: ratio(wonByClearance, newCustomers),
    repeatWithin30Days,
    stillInWindow,
    repeatRate: ratio(repeatWithin30Days, wonByClearance),
    clearanceRevenue: { totalFen, fromNewFen, fromReturningFen, newShare: ratio(fromNewFen, totalFen) },
    byPromotion: [...promotions.values()].sort(
      (a, b) =>
        b.customersWon - a.customersWon ||
        (a.promotionId < b.promotionId ? -1 : a.promotionId > b.promotionId ? 1 : 0),
    ),
  };
}
