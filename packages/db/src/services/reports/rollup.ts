import { addDays, type CalendarDate, daysBetween } from "@shelfloop/core";
import type { Database } from "../../client";
import { type Tx, withTenant } from "../../scope";
import { dbDate } from "../promotions/json";

/** How far back a tenant's first rollup reaches (its ledger may be older; reports cover a year). */
export const ROLLUP_MAX_DAYS_BACK = 400;

export interface RolledDay {
  day: CalendarDate;
  salesRows: number;
  stockRows: number;
}

/**
 * Rebuilds one tenant-local day of the report rollups, whole, in one transaction: the day's sales,
 * receipts and write-offs per batch, channel and promotion (from the ledger) and their sums per
 * warehouse and channel, the batches entering each alert tier per product, and the stock at the end
 * of the day per warehouse and tier (on hand today minus the movements since; the tier the batch had
 * then, from the tier history; EXPIRED once past its expiry date). Running it again for the same day
 * gives the same rows.
 */
export async function rollupDay(tx: Tx, tenantId: string, day: CalendarDate): Promise<RolledDay> {
  const { timezone } = await tx.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: { timezone: true },
  });
  const b = { day: dbDate(day), timezone };
  await tx.reportDailySales.deleteMany({ where: { day: b.day } });
  await tx.reportDailyChannel.deleteMany({ where: { day: b.day } });
  await tx.reportDailyTierEntry.deleteMany({ where: { day: b.day } });
  await tx.reportDailyStock.deleteMany({ where: { day: b.day } });
  const salesRows = await tx.$executeRaw`
    INSERT INTO report_daily_sales (tenant_id, day, warehouse_id, product_id, batch_id, channel, promotion_id,
      units_sold, revenue_fen, list_value_fen, cogs_fen, units_written_off, write_off_value_fen, units_received)
    SELECT m.tenant_id, ${b.day}::date, bt.warehouse_id, bt.product_id, m.batch_id, coalesce(m.channel, ''),
           m.promotion_id,
           sum(CASE WHEN m.type = 'SALE' THEN -m.quantity ELSE 0 END)::int,
           sum(CASE WHEN m.type = 'SALE' THEN coalesce(m.revenue_fen, -m.quantity * p.list_price_fen) ELSE 0 END),
           sum(CASE WHEN m.type = 'SALE' THEN coalesce(m.list_value_fen, -m.quantity * p.list_price_fen) ELSE 0 END),
           sum(CASE WHEN m.type = 'SALE' THEN -m.quantity::bigint * p.cost_fen ELSE 0 END),
           sum(CASE WHEN m.type = 'WRITE_OFF' THEN -m.quantity ELSE 0 END)::int,
           sum(CASE WHEN m.type = 'WRITE_OFF' THEN -m.quantity::bigint * p.cost_fen ELSE 0 END),
           sum(CASE WHEN m.type = 'RECEIVE' THEN m.quantity ELSE 0 END)::int
      FROM stock_movements m
      JOIN batches bt ON bt.id = m.batch_id
      JOIN products p ON p.id = bt.product_id
     WHERE m.type IN ('SALE', 'WRITE_OFF', 'RECEIVE')
       AND m.occurred_at >= (${b.day}::date)::timestamp AT TIME ZONE ${b.timezone}
       AND m.occurred_at < (${b.day}::date + 1)::timestamp AT TIME ZONE ${b.timezone}
     GROUP BY m.tenant_id, bt.warehouse_id, bt.product_id, m.batch_id, coalesce(m.channel, ''), m.promotion_id`;
  await tx.$executeRaw`
    INSERT INTO report_daily_channel (tenant_id, day, warehouse_id, channel, units_sold, revenue_fen,
      list_value_fen, cogs_fen, units_written_off, write_off_value_fen, units_received)
    SELECT tenant_id, day, warehouse_id, channel, sum(units_sold)::int, sum(revenue_fen), sum(list_value_fen),
           sum(cogs_fen), sum(units_written_off)::int, sum(write_off_value_fen), sum(units_received)::int
      FROM report_daily_sales WHERE day = ${b.day}::date
     GROUP BY tenant_id, day, warehouse_id, channel`;
  await tx.$executeRaw`
    INSERT INTO report_daily_tier_entries (tenant_id, day, warehouse_id, product_id, tier, batches)
    SELECT c.tenant_id, ${b.day}::date, bt.warehouse_id, bt.product_id, c.to_tier, count(DISTINCT c.batch_id)::int
      FROM batch_tier_changes c JOIN batches bt ON bt.id = c.batch_id
     WHERE c.to_tier <> 'NORMAL'
       AND c.changed_at >= (${b.day}::date)::timestamp AT TIME ZONE ${b.timezone}
       AND c.changed_at < (${b.day}::date + 1)::timestamp AT TIME ZONE ${b.timezone}
     GROUP BY c.tenant_id, bt.warehouse_id, bt.product_id, c.to_tier`;
  const stockRows = await tx.$executeRaw`
    WITH day_end AS (SELECT (${b.day}::date + 1)::timestamp AT TIME ZONE ${b.timezone} AS at),
    since AS (
      SELECT m.batch_id, sum(m.quantity) AS qty FROM stock_movements m, day_end
       WHERE m.occurred_at >= day_end.at GROUP BY m.batch_id),
    tier_then AS (
      SELECT DISTINCT ON (c.batch_id) c.batch_id, c.from_tier FROM batch_tier_changes c, day_end
       WHERE c.changed_at >= day_end.at ORDER BY c.batch_id, c.changed_at, c.id),
    held AS (
      SELECT bt.warehouse_id, bt.qty_on_hand - coalesce(s.qty, 0) AS qty, p.cost_fen,
             CASE WHEN bt.expiry_date < ${b.day}::date THEN 'EXPIRED' ELSE coalesce(t.from_tier, bt.tier) END AS tier
        FROM batches bt
        JOIN products p ON p.id = bt.product_id
        LEFT JOIN since s ON s.batch_id = bt.id
        LEFT JOIN tier_then t ON t.batch_id = bt.id
        , day_end
       WHERE bt.received_at < day_end.at)
    INSERT INTO report_daily_stock (tenant_id, day, warehouse_id, tier, batches, units_on_hand, cost_value_fen)
    SELECT ${tenantId}::uuid, ${b.day}::date, warehouse_id, tier, count(*)::int, sum(qty)::int,
           sum(qty::bigint * cost_fen)
      FROM held WHERE qty > 0
     GROUP BY warehouse_id, tier`;
  await tx.reportRollupDay.upsert({
    where: { tenantId_day: { tenantId, day: b.day } },
    create: { tenantId, day: b.day },
    update: { rolledAt: new Date() },
  });
  return { day, salesRows, stockRows };
}

/**
 * Rolls up every finished day not rolled yet, oldest first, up to yesterday (tenant-local `today`):
 * from the day after the last rolled day, or from the tenant's first movement. One transaction per day.
 */
export async function rollupPendingDays(
  db: Database,
  tenantId: string,
  today: CalendarDate,
): Promise<RolledDay[]> {
  const from = await withTenant(db, { tenantId }, async (tx) => {
    const last = await tx.reportRollupDay.findFirst({ orderBy: { day: "desc" }, select: { day: true } });
    if (last) return addDays(last.day.toISOString().slice(0, 10), 1);
    const [first] = await tx.$queryRaw<{ day: string | null }[]>`
      SELECT to_char(min(m.occurred_at) AT TIME ZONE t.timezone, 'YYYY-MM-DD') AS day
        FROM stock_movements m JOIN tenants t ON t.id = m.tenant_id GROUP BY t.timezone`;
    return first?.day ?? null;
  });
  if (!from) return [];
  const start =
    daysBetween(from, today) > ROLLUP_MAX_DAYS_BACK ? addDays(today, -ROLLUP_MAX_DAYS_BACK) : from;
  const rolled: RolledDay[] = [];
  for (let day = start; day < today; day = addDays(day, 1)) {
    rolled.push(
      await withTenant(db, { tenantId }, (tx) => rollupDay(tx, tenantId, day), { timeoutMs: 120_000 }),
    );
  }
  return rolled;
}
