import type { CalendarDate } from "@shelfloop/core";
import type pg from "pg";

/** The shape of the bench tenant: WAREHOUSES × products × LOTS batches (products follow from --batches). */
export const WAREHOUSES = 20;
export const LOTS = 10;
export const YEAR_DAYS = 365;
export const CHANNELS = ["POS", "STORE", "MINIAPP", "MALL"] as const;

export interface Shape {
  batches: number;
  products: number;
}

export function shapeFor(batches: number): Shape {
  const products = Math.max(1, Math.round(batches / (WAREHOUSES * LOTS)));
  return { products, batches: products * WAREHOUSES * LOTS };
}

export type Timed = <T>(label: string, work: () => Promise<T>) => Promise<T>;

/** Tables whose secondary indexes are dropped during the bulk load and rebuilt after it (faster than row by row). */
const BULK_TABLES = ["batches", "stock_movements", "batch_tier_changes", "promotions"];

/**
 * Plain (non-constraint) indexes of the bulk-loaded tables: dropped before the load, rebuilt from their
 * own definitions after it, so the database ends with exactly the migrated indexes.
 */
async function dropSecondaryIndexes(admin: pg.Client, tables = BULK_TABLES): Promise<string[]> {
  const { rows } = await admin.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  for (const row of rows) await admin.query(`DROP INDEX ${row.name}`);
  return rows.map((row) => row.def);
}

/**
 * One tenant's year of stock, as admin (superuser: row-level security does not apply) in set-based SQL:
 * products, WAREHOUSES × products × LOTS batches received over the year, each with its receipt, 3–8 sales
 * spread over its shelf life (channel, revenue, list value), a write-off of what is left for 3 of 4 expired
 * batches, a promotion on 1 batch in 29 (its sales from the start carry promotion_id and the discount), and
 * the tier history NORMAL → YELLOW → RED. On-hand quantities equal the sum of each batch's movements.
 * Nothing is dated after `now`.
 */
export async function loadYear(
  admin: pg.Client,
  tenant: { tenantId: string; userId: string; timezone: string },
  shape: Shape,
  now: Date,
  today: CalendarDate,
  timed: Timed,
): Promise<void> {
  const tz = tenant.timezone.replaceAll("'", "''");
  const at = (day: string, time: string) => `((${day}) + time '${time}') AT TIME ZONE '${tz}'`;
  // Sale j of batch b: spread evenly between its receipt day and expiry, 10:00–18:00 local.
  const saleDay = (j: string) => `(b.rd + (${j} * (b.expiry - b.rd)) / (b.s + 1))`;
  const saleAt = (j: string) =>
    `((${saleDay(j)} + make_interval(hours => 10 + ${j} % 10)) AT TIME ZONE '${tz}')`;

  const indexes = await dropSecondaryIndexes(admin);
  await admin.query("BEGIN");
  // Consistent by construction; skipping the foreign-key triggers (this transaction only) halves the load.
  await admin.query("SET LOCAL session_replication_role = replica");
  await timed("warehouses, products", async () => {
    await admin.query(
      `CREATE TEMP TABLE bench_w ON COMMIT DROP AS
       SELECT i, gen_random_uuid() AS id FROM generate_series(0, $1::int - 1) i`,
      [WAREHOUSES],
    );
    await admin.query(
      `INSERT INTO warehouses (id, tenant_id, code, name, updated_at)
       SELECT id, $1, 'BW-' || (i + 1), '门店 ' || (i + 1), now() FROM bench_w`,
      [tenant.tenantId],
    );
    await admin.query(
      `CREATE TEMP TABLE bench_p ON COMMIT DROP AS
       SELECT i, gen_random_uuid() AS id, 10 + i % 50 AS shelf, 200 + (i % 40) * 50 AS cost,
              (200 + (i % 40) * 50) * 8 / 5 AS list
         FROM generate_series(0, $1::int - 1) i`,
      [shape.products],
    );
    await admin.query(
      `INSERT INTO products (id, tenant_id, sku, name, category, shelf_life_days, cost_fen, list_price_fen, updated_at)
       SELECT id, $1, 'BSKU-' || lpad(i::text, 6, '0'), '临期商品 ' || i, '品类 ' || (i % 20), shelf, cost, list, now()
         FROM bench_p`,
      [tenant.tenantId],
    );
  });
  await timed("batch plan (temp)", () =>
    admin.query(
      `CREATE TEMP TABLE bench_b ON COMMIT DROP AS
       WITH x AS (
         SELECT w.id AS warehouse_id, p.id AS product_id, p.shelf, p.cost, p.list, k, p.i AS pi,
                (k * $2::int + p.i) * $3::int + w.i AS n, p.i * 7 + w.i * 3 + k * 11 AS h,
                $1::date - ${YEAR_DAYS} + (k * ${YEAR_DAYS}) / $4::int + (p.i * 7 + w.i * 13) % 37 AS rd
           FROM bench_w w CROSS JOIN bench_p p CROSS JOIN generate_series(0, $4::int - 1) k),
       y AS (
         SELECT x.*, rd - pi % 3 AS production, rd - pi % 3 + shelf AS expiry, 40 + h % 80 AS qty_received,
                3 + h % 6 AS s FROM x),
       z AS (
         SELECT y.*, greatest(1, qty_received * (50 + h % 45) / 100 / s) AS q,
                ${at("y.expiry - 5", "08:00")} AS promo_start, ((y.expiry + 1)::timestamp AT TIME ZONE '${tz}') AS promo_end,
                20 + (n % 4) * 10 AS pct,
                ${at("y.expiry - greatest(2, y.shelf / 3)", "02:00")} AS yellow_at,
                ${at("y.expiry - greatest(1, y.shelf / 6)", "02:00")} AS red_at,
                y.expiry < $1::date AND n % 4 <> 0 AND ${at("y.expiry + 1", "08:00")} < $5 AS wo
           FROM y),
       b AS (
         SELECT z.*, gen_random_uuid() AS id,
                CASE WHEN n % 29 = 0 AND promo_start < $5 THEN gen_random_uuid() END AS promo_id,
                q * (SELECT count(*) FROM generate_series(1, z.s) j
                      WHERE ${saleAt("j").replaceAll("b.", "z.")} < $5)::int AS sold
           FROM z)
       SELECT b.*, qty_received - sold - CASE WHEN wo THEN qty_received - sold ELSE 0 END AS on_hand,
              CASE WHEN red_at < $5 THEN 'RED' WHEN yellow_at < $5 THEN 'YELLOW' ELSE 'NORMAL' END AS tier
         FROM b`,
      [today, shape.products, WAREHOUSES, LOTS, now],
    ),
  );
  await timed("batches", () =>
    admin.query(
      `INSERT INTO batches (id, tenant_id, product_id, warehouse_id, lot_code, production_date, expiry_date,
                            received_at, qty_received, qty_on_hand, status, tier, tier_changed_at, created_at, updated_at)
       SELECT b.id, $1, b.product_id, b.warehouse_id, 'L' || b.k, b.production, b.expiry, ${at("b.rd", "09:00")},
              b.qty_received, b.on_hand, CASE WHEN b.wo THEN 'WRITTEN_OFF' ELSE 'ACTIVE' END::"BatchStatus", b.tier,
              CASE b.tier WHEN 'RED' THEN b.red_at WHEN 'YELLOW' THEN b.yellow_at END, ${at("b.rd", "09:00")}, now()
         FROM bench_b b ORDER BY b.rd, b.n`,
      [tenant.tenantId],
    ),
  );
  await timed("promotions", () =>
    admin.query(
      `INSERT INTO promotions (id, tenant_id, batch_id, rule_version, rule, tier, terms, channels, stacks_with_coupon,
                               margin_floor_percent, allow_below_cost, status, reserved_qty, starts_at, ends_at,
                               decided_by_id, decided_at, created_at, updated_at)
       SELECT b.promo_id, $1, b.id, 1, jsonb_build_object('name', '临期 ' || (100 - b.pct) / 10 || ' 折'),
              CASE WHEN b.red_at <= b.promo_start THEN 'RED' ELSE 'YELLOW' END,
              jsonb_build_object('type', 'PERCENT_OFF', 'params', jsonb_build_object('percentOff', b.pct)),
              $2::text[], true, 0, true,
              CASE WHEN b.promo_end <= $3 THEN 'ENDED' ELSE 'ACTIVE' END::"PromotionStatus", 0,
              b.promo_start, b.promo_end, $4, b.promo_start, b.promo_start, now()
         FROM bench_b b WHERE b.promo_id IS NOT NULL`,
      [tenant.tenantId, CHANNELS, now, tenant.userId],
    ),
  );
  await timed("stock movements", async () => {
    await admin.query(
      `INSERT INTO stock_movements (tenant_id, batch_id, type, quantity, reason, reference_type, reference_id, occurred_at)
       SELECT $1, b.id, 'RECEIVE', b.qty_received, '采购入库', 'PURCHASE_ORDER', 'PO-' || b.rd, ${at("b.rd", "09:00")}
         FROM bench_b b ORDER BY b.rd`,
      [tenant.tenantId],
    );
    await admin.query(
      `INSERT INTO stock_movements (tenant_id, batch_id, type, quantity, reason, occurred_at, channel, revenue_fen,
                                    list_value_fen, promotion_id)
       SELECT $1, b.id, 'SALE', -b.q, '销售', t.at, ($2::text[])[1 + (b.h + j) % ${CHANNELS.length}],
              CASE WHEN t.promoted THEN b.q * b.list * (100 - b.pct) / 100 ELSE b.q * b.list END,
              b.q * b.list, CASE WHEN t.promoted THEN b.promo_id END
         FROM bench_b b
        CROSS JOIN generate_series(1, b.s) j
        CROSS JOIN LATERAL (SELECT ${saleAt("j")} AS at) s
        CROSS JOIN LATERAL (SELECT b.promo_id IS NOT NULL AND s.at >= b.promo_start AS promoted, s.at) t
        WHERE t.at < $3
        ORDER BY t.at`,
      [tenant.tenantId, CHANNELS, now],
    );
    await admin.query(
      `INSERT INTO stock_movements (tenant_id, batch_id, type, quantity, reason, occurred_at)
       SELECT $1, b.id, 'WRITE_OFF', -(b.qty_received - b.sold), '过期报损', ${at("b.expiry + 1", "08:00")}
         FROM bench_b b WHERE b.wo AND b.qty_received > b.sold`,
      [tenant.tenantId],
    );
  });
  await timed("tier changes", () =>
    admin.query(
      `INSERT INTO batch_tier_changes (tenant_id, batch_id, from_tier, to_tier, remaining_days, changed_at)
       SELECT $1::uuid, b.id, 'NORMAL', 'YELLOW', greatest(2, b.shelf / 3), b.yellow_at FROM bench_b b WHERE b.yellow_at < $2
       UNION ALL
       SELECT $1::uuid, b.id, 'YELLOW', 'RED', greatest(1, b.shelf / 6), b.red_at FROM bench_b b WHERE b.red_at < $2`,
      [tenant.tenantId, now],
    ),
  );
  await admin.query("COMMIT");
  await timed("rebuild indexes", async () => {
    for (const def of indexes) await admin.query(def);
  });
}

/**
 * The year's rollups in set-based SQL, with rollupDay's definitions for every day from `first` to the day
 * before `today` (tenant-local):
 * - report_daily_sales: the ledger's SALE/WRITE_OFF/RECEIVE rows grouped by local day, warehouse, product,
 *   batch, channel and promotion, with rollupDay's sums;
 * - report_daily_channel: those rows summed per day, warehouse and channel; report_daily_tier_entries: the
 *   tier history's entries into alert tiers per local day, warehouse, product and tier;
 * - report_daily_stock: per batch and day, on hand minus the movements after the day's end, the tier
 *   from the first tier change after the day's end (else the batch's tier) or EXPIRED past the expiry date,
 *   for batches received before the day's end; summed per warehouse and tier where positive. Instead of
 *   one row per batch and day, each batch is cut into segments between the days anything about it changes
 *   (a movement, a tier change, its receipt, the day after expiry), and the segments are summed as
 *   +/- deltas per warehouse, tier and day, then accumulated over the days.
 */
export async function rollupYear(
  admin: pg.Client,
  tenantId: string,
  timezone: string,
  first: CalendarDate,
  today: CalendarDate,
  timed: Timed,
): Promise<void> {
  const indexes = await dropSecondaryIndexes(admin, ["report_daily_sales"]);
  await admin.query("BEGIN");
  await admin.query("SET LOCAL work_mem = '256MB'");
  await timed("report_daily_sales", () =>
    admin.query(
      `INSERT INTO report_daily_sales (tenant_id, day, warehouse_id, product_id, batch_id, channel, promotion_id,
         units_sold, revenue_fen, list_value_fen, cogs_fen, units_written_off, write_off_value_fen, units_received)
       SELECT m.tenant_id, (m.occurred_at AT TIME ZONE $2)::date, bt.warehouse_id, bt.product_id, m.batch_id,
              coalesce(m.channel, ''), m.promotion_id,
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
        WHERE m.tenant_id = $1 AND m.type IN ('SALE', 'WRITE_OFF', 'RECEIVE')
          AND m.occurred_at >= ($3::date)::timestamp AT TIME ZONE $2
          AND m.occurred_at < ($4::date)::timestamp AT TIME ZONE $2
        GROUP BY m.tenant_id, 2, bt.warehouse_id, bt.product_id, m.batch_id, coalesce(m.channel, ''), m.promotion_id`,
      [tenantId, timezone, first, today],
    ),
  );
  await timed("report_daily_stock: segments", () =>
    admin.query(
      `CREATE TEMP TABLE bench_seg ON COMMIT DROP AS
       WITH points AS (
         SELECT m.batch_id, (m.occurred_at AT TIME ZONE $2)::date AS day, sum(m.quantity) AS delta,
                NULL::text AS from_tier
           FROM stock_movements m WHERE m.tenant_id = $1 GROUP BY 1, 2
         UNION ALL
         (SELECT DISTINCT ON (c.batch_id, 2) c.batch_id, (c.changed_at AT TIME ZONE $2)::date, 0, c.from_tier
            FROM batch_tier_changes c WHERE c.tenant_id = $1 ORDER BY c.batch_id, 2, c.changed_at, c.id)
         UNION ALL
         SELECT id, (received_at AT TIME ZONE $2)::date, 0, NULL FROM batches WHERE tenant_id = $1
         UNION ALL
         SELECT id, expiry_date + 1, 0, NULL FROM batches WHERE tenant_id = $1),
       point AS (
         SELECT batch_id, day, sum(delta) AS delta, min(from_tier) AS from_tier FROM points GROUP BY 1, 2),
       seg AS (
         SELECT bt.warehouse_id, p.cost_fen, pt.day AS start, lead(pt.day) OVER w AS stop,
                (bt.received_at AT TIME ZONE $2)::date AS received,
                bt.qty_on_hand - coalesce(sum(pt.delta) OVER after, 0) AS qty,
                CASE WHEN bt.expiry_date < pt.day THEN 'EXPIRED'
                     ELSE coalesce(substr(min(CASE WHEN pt.from_tier IS NOT NULL
                                                   THEN to_char(pt.day, 'YYYYMMDD') || pt.from_tier END) OVER after, 9),
                                   bt.tier) END AS tier
           FROM point pt
           JOIN batches bt ON bt.id = pt.batch_id
           JOIN products p ON p.id = bt.product_id
         WINDOW w AS (PARTITION BY pt.batch_id ORDER BY pt.day),
                after AS (w ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING))
       SELECT warehouse_id, tier, greatest(start, $3::date) AS start, least(coalesce(stop, $4::date), $4::date) AS stop,
              qty, cost_fen
         FROM seg
        WHERE qty > 0 AND start >= received AND least(coalesce(stop, $4::date), $4::date) > greatest(start, $3::date)`,
      [tenantId, timezone, first, today],
    ),
  );
  await timed("report_daily_stock: accumulate", () =>
    admin.query(
      `WITH delta AS (
         SELECT warehouse_id, tier, day, sum(n) AS n, sum(units) AS units, sum(value) AS value FROM (
           SELECT warehouse_id, tier, start AS day, 1 AS n, qty AS units, qty::bigint * cost_fen AS value FROM bench_seg
           UNION ALL
           SELECT warehouse_id, tier, stop, -1, -qty, -qty::bigint * cost_fen FROM bench_seg WHERE stop < $3::date
         ) d GROUP BY 1, 2, 3),
       daily AS (
         SELECT k.warehouse_id, k.tier, g.day::date AS day,
                sum(coalesce(d.n, 0)) OVER w AS n, sum(coalesce(d.units, 0)) OVER w AS units,
                sum(coalesce(d.value, 0)) OVER w AS value
           FROM (SELECT DISTINCT warehouse_id, tier FROM delta) k
          CROSS JOIN generate_series($2::date::timestamp, ($3::date - 1)::timestamp, interval '1 day') g(day)
           LEFT JOIN delta d ON d.warehouse_id = k.warehouse_id AND d.tier = k.tier AND d.day = g.day::date
         WINDOW w AS (PARTITION BY k.warehouse_id, k.tier ORDER BY g.day))
       INSERT INTO report_daily_stock (tenant_id, day, warehouse_id, tier, batches, units_on_hand, cost_value_fen)
       SELECT $1, day, warehouse_id, tier, n::int, units::int, value FROM daily WHERE n > 0`,
      [tenantId, first, today],
    ),
  );
  await timed("report_daily_channel + report_daily_tier_entries", async () => {
    await admin.query(
      `INSERT INTO report_daily_channel (tenant_id, day, warehouse_id, channel, units_sold, revenue_fen,
         list_value_fen, cogs_fen, units_written_off, write_off_value_fen, units_received)
       SELECT tenant_id, day, warehouse_id, channel, sum(units_sold)::int, sum(revenue_fen), sum(list_value_fen),
              sum(cogs_fen), sum(units_written_off)::int, sum(write_off_value_fen), sum(units_received)::int
         FROM report_daily_sales WHERE tenant_id = $1 GROUP BY tenant_id, day, warehouse_id, channel`,
      [tenantId],
    );
    await admin.query(
      `INSERT INTO report_daily_tier_entries (tenant_id, day, warehouse_id, product_id, tier, batches)
       SELECT c.tenant_id, (c.changed_at AT TIME ZONE $2)::date, b.warehouse_id, b.product_id, c.to_tier,
              count(DISTINCT c.batch_id)::int
         FROM batch_tier_changes c JOIN batches b ON b.id = c.batch_id
        WHERE c.tenant_id = $1 AND c.to_tier <> 'NORMAL' AND (c.changed_at AT TIME ZONE $2)::date < $3::date
        GROUP BY c.tenant_id, (c.changed_at AT TIME ZONE $2)::date, b.warehouse_id, b.product_id, c.to_tier`,
      [tenantId, timezone, today],
    );
  });
  await admin.query(
    `INSERT INTO report_rollup_days (tenant_id, day)
     SELECT $1, d::date FROM generate_series($2::date::timestamp, ($3::date - 1)::timestamp, interval '1 day') d`,
    [tenantId, first, today],
  );
  await admin.query("COMMIT");
  await timed("rebuild report_daily_sales indexes", async () => {
    for (const def of indexes) await admin.query(def);
  });
}
