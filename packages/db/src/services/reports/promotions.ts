import {
  type CalendarDate,
  calendarDateOf,
  daysBetween,
  salesVelocity,
  writeOffAvoided,
} from "@shelfloop/core";
import type { Tx } from "../../scope";
import { dbDate } from "../promotions/json";
import type { ReportPeriod } from "./period";

/** Days of sales before a promotion that set its baseline velocity. */
export const BASELINE_DAYS = 14;
/** The promotions listed (and summed for write-off avoided): the latest to start. */
export const MAX_PROMOTIONS = 200;

export interface PromotionPerformance {
  promotionId: string;
  productName: string;
  lotCode: string;
  warehouseName: string;
  tier: string;
  ruleName: string | null;
  status: string;
  startDay: CalendarDate;
  unitsSold: number;
  revenueFen: number;
  markdownFen: number;
  /** Units sold under the promotion ÷ the batch's units on hand when it started. */
  sellThrough: number | null;
  onHandAtStart: number;
  writeOffAvoidedFen: number;
  avoidedUnits: number;
  baselineText: string;
}

interface Row {
  promotionId: string;
  productName: string;
  lotCode: string;
  warehouseName: string;
  tier: string;
  rule: { name?: unknown };
  status: string;
  startDay: string;
  expiryDate: Date;
  costFen: number;
  units: bigint | null;
  revenue: bigint | null;
  listValue: bigint | null;
  onHandAtStart: bigint | null;
}

/**
 * Every promotion that ran in the period (activated, window overlapping it), with what it sold over its
 * whole run (from the rollups) and the write-off it avoided: the units it sold beyond what the batch's
 * own sales in the BASELINE_DAYS before it would have sold by the expiry date.
 */
export async function promotionPerformance(
  tx: Tx,
  period: ReportPeriod,
  timezone: string,
  warehouseId: string | null,
): Promise<PromotionPerformance[]> {
  const rows = await tx.$queryRaw<Row[]>`
    WITH ran AS (
      SELECT pr.id FROM promotions pr JOIN batches b ON b.id = pr.batch_id
       WHERE pr.status IN ('ACTIVE', 'ENDED')
         AND pr.starts_at < (${dbDate(period.to)}::date + 1)::timestamp AT TIME ZONE ${timezone}
         AND pr.ends_at >= (${dbDate(period.from)}::date)::timestamp AT TIME ZONE ${timezone}
         AND (${warehouseId}::uuid IS NULL OR b.warehouse_id = ${warehouseId}::uuid)
       ORDER BY pr.starts_at DESC, pr.id
       LIMIT ${MAX_PROMOTIONS})
    SELECT pr.id::text AS "promotionId", p.name AS "productName", b.lot_code AS "lotCode", w.name AS "warehouseName",
           pr.tier, pr.rule, pr.status::text AS status, to_char(pr.starts_at AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS "startDay", b.expiry_date AS "expiryDate",
           p.cost_fen AS "costFen", s.units, s.revenue, s.list_value AS "listValue",
           (SELECT sum(m.quantity) FROM stock_movements m
             WHERE m.batch_id = pr.batch_id AND m.occurred_at < pr.starts_at) AS "onHandAtStart"
      FROM ran
      JOIN promotions pr ON pr.id = ran.id
      JOIN batches b ON b.id = pr.batch_id
      JOIN products p ON p.id = b.product_id
      JOIN warehouses w ON w.id = b.warehouse_id
      LEFT JOIN LATERAL (
        SELECT sum(units_sold) AS units, sum(revenue_fen) AS revenue, sum(list_value_fen) AS list_value
          FROM report_daily_sales r WHERE r.promotion_id = pr.id) s ON true
     ORDER BY pr.starts_at DESC, pr.id`;
  const baselines = await baselineSales(
    tx,
    rows.map((row) => row.promotionId),
  );
  return rows.map((row) => {
    const { startDay } = row;
    const unitsSold = Number(row.units ?? 0);
    const onHandAtStart = Math.max(0, Number(row.onHandAtStart ?? 0));
    const daily = baselines.get(row.promotionId) ?? [];
    const avoided = writeOffAvoided({
      unitCostFen: row.costFen,
      unitsSoldUnderPromotion: unitsSold,
      preVelocity: salesVelocity(daily) ?? 0,
      velocityWindowDays: BASELINE_DAYS,
      daysToExpiry: Math.max(0, daysBetween(startDay, calendarDateOf(row.expiryDate))),
      onHandAtStart,
    });
    const revenueFen = Number(row.revenue ?? 0);
    return {
      promotionId: row.promotionId,
      productName: row.productName,
      lotCode: row.lotCode,
      warehouseName: row.warehouseName,
      tier: row.tier,
      ruleName: typeof row.rule?.name === "string" ? row.rule.name : null,
      status: row.status,
      startDay,
      unitsSold,
      revenueFen,
      markdownFen: Number(row.listValue ?? 0) - revenueFen,
      sellThrough: onHandAtStart > 0 ? unitsSold / onHandAtStart : null,
      onHandAtStart,
      writeOffAvoidedFen: avoided.avoidedValueFen,
      avoidedUnits: avoided.avoidedUnits,
      baselineText: avoided.baselineText,
    };
  });
}

/** Per promotion: its batch's daily units sold (all channels) in the BASELINE_DAYS days before it started. */
async function baselineSales(tx: Tx, promotionIds: string[]): Promise<Map<string, number[]>> {
  if (promotionIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ promotionId: string; offset: number; units: bigint }[]>`
    SELECT pr.id::text AS "promotionId", (r.day - (pr.starts_at AT TIME ZONE t.timezone)::date + ${BASELINE_DAYS}::int)::int AS offset,
           sum(r.units_sold) AS units
      FROM promotions pr
      JOIN tenants t ON t.id = pr.tenant_id
      JOIN report_daily_sales r ON r.batch_id = pr.batch_id
       AND r.day >= (pr.starts_at AT TIME ZONE t.timezone)::date - ${BASELINE_DAYS}::int
       AND r.day < (pr.starts_at AT TIME ZONE t.timezone)::date
     WHERE pr.id = ANY(${promotionIds}::uuid[])
     GROUP BY pr.id, r.day, pr.starts_at, t.timezone`;
  const daily = new Map<string, number[]>();
  for (const row of rows) {
    const days = daily.get(row.promotionId) ?? Array.from({ length: BASELINE_DAYS }, () => 0);
    days[row.offset] = Number(row.units);
    daily.set(row.promotionId, days);
  }
  for (const id of promotionIds)
    if (!daily.has(id))
      daily.set(
        id,
        Array.from({ length: BASELINE_DAYS }, () => 0),
      );
  return daily;
}

/** How many promotions ran in the period (activated, window overlapping it), listed or not. */
export async function promotionsRan(
  tx: Tx,
  period: ReportPeriod,
  timezone: string,
  warehouseId: string | null,
) {
  const [row] = await tx.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM promotions pr JOIN batches b ON b.id = pr.batch_id
     WHERE pr.status IN ('ACTIVE', 'ENDED')
       AND pr.starts_at < (${dbDate(period.to)}::date + 1)::timestamp AT TIME ZONE ${timezone}
       AND pr.ends_at >= (${dbDate(period.from)}::date)::timestamp AT TIME ZONE ${timezone}
       AND (${warehouseId}::uuid IS NULL OR b.warehouse_id = ${warehouseId}::uuid)`;
  return Number(row?.n ?? 0);
}
