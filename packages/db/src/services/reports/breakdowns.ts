import { type CalendarDate, calendarDateOf } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { dbDate } from "../promotions/json";
import type { ReportPeriod } from "./period";

export interface TierValuePoint {
  day: CalendarDate;
  /** Tier key → stock at cost (fen) at the end of the day. */
  valueFen: Record<string, number>;
}

/** Stock at cost per tier at the end of each day of the period (the daily snapshots). */
export async function valueAtRiskSeries(
  tx: Tx,
  period: ReportPeriod,
  warehouseId: string | null,
): Promise<TierValuePoint[]> {
  const rows = await tx.$queryRaw<{ day: Date; tier: string; value: bigint }[]>`
    SELECT day, tier, sum(cost_value_fen) AS value FROM report_daily_stock
     WHERE day BETWEEN ${dbDate(period.from)} AND ${dbDate(period.to)}
       AND (${warehouseId}::uuid IS NULL OR warehouse_id = ${warehouseId}::uuid)
     GROUP BY day, tier ORDER BY day`;
  const byDay = new Map<CalendarDate, Record<string, number>>();
  for (const row of rows) {
    const day = calendarDateOf(row.day);
    byDay.set(day, { ...byDay.get(day), [row.tier]: Number(row.value) });
  }
  return [...byDay].map(([day, valueFen]) => ({ day, valueFen }));
}

export interface ChannelShare {
  channel: string;
  unitsSold: number;
  revenueFen: number;
  markdownFen: number;
}

/** Sales per channel in the period (rows with units sold only: receipts carry no channel). */
export async function channelSplit(
  tx: Tx,
  period: ReportPeriod,
  warehouseId: string | null,
): Promise<ChannelShare[]> {
  const rows = await tx.$queryRaw<{ channel: string; units: bigint; revenue: bigint; listValue: bigint }[]>`
    SELECT channel, sum(units_sold) AS units, sum(revenue_fen) AS revenue, sum(list_value_fen) AS "listValue"
      FROM report_daily_channel
     WHERE day BETWEEN ${dbDate(period.from)} AND ${dbDate(period.to)} AND units_sold > 0
       AND (${warehouseId}::uuid IS NULL OR warehouse_id = ${warehouseId}::uuid)
     GROUP BY channel ORDER BY sum(revenue_fen) DESC`;
  return rows.map((row) => ({
    channel: row.channel,
    unitsSold: Number(row.units),
    revenueFen: Number(row.revenue),
    markdownFen: Number(row.listValue) - Number(row.revenue),
  }));
}

export interface NearExpiryProduct {
  productId: string;
  productName: string;
  category: string;
  /** Batches of the product that entered an alert tier in the period. */
  batches: number;
  /** Tier key → batches of the product that entered it in the period. */
  tierEntries: Record<string, number>;
}

/** The products whose batches entered alert tiers most often in the period (from the daily tier entries). */
export async function topNearExpiryProducts(
  tx: Tx,
  period: ReportPeriod,
  warehouseId: string | null,
  limit = 10,
): Promise<NearExpiryProduct[]> {
  const rows = await tx.$queryRaw<
    { productId: string; productName: string; category: string; tier: string; batches: bigint }[]
  >`
    SELECT p.id::text AS "productId", p.name AS "productName", p.category, e.tier, sum(e.batches) AS batches
      FROM report_daily_tier_entries e JOIN products p ON p.id = e.product_id
     WHERE e.day BETWEEN ${dbDate(period.from)} AND ${dbDate(period.to)}
       AND (${warehouseId}::uuid IS NULL OR e.warehouse_id = ${warehouseId}::uuid)
     GROUP BY p.id, p.name, p.category, e.tier`;
  const products = new Map<string, NearExpiryProduct>();
  for (const row of rows) {
    const product = products.get(row.productId) ?? {
      productId: row.productId,
      productName: row.productName,
      category: row.category,
      batches: 0,
      tierEntries: {},
    };
    product.tierEntries[row.tier] = Number(row.batches);
    product.batches = Math.max(product.batches, Number(row.batches));
    products.set(row.productId, product);
  }
  return [...products.values()]
    .sort((a, b) => b.batches - a.batches || a.productName.localeCompare(b.productName, "zh-CN"))
    .slice(0, limit);
}
