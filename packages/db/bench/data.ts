import type { CalendarDate } from "@shelfloop/core";
import type pg from "pg";

export const TENANTS = 100;
export const PRODUCTS_PER_TENANT = 100;
export const BATCHES_PER_PRODUCT = 100;
export const TOTAL_BATCHES = TENANTS * PRODUCTS_PER_TENANT * BATCHES_PER_PRODUCT;

/** Product categories with their shelf-life ranges in days; products are spread evenly over the range. */
export const CATEGORIES = [
  { name: "乳制品", minDays: 7, maxDays: 21 }, // dairy
  { name: "烘焙", minDays: 3, maxDays: 7 }, // bakery
  { name: "饮料", minDays: 180, maxDays: 365 }, // beverages
  { name: "休闲零食", minDays: 90, maxDays: 270 }, // snacks
  { name: "速冻", minDays: 180, maxDays: 365 }, // frozen
] as const;

const PRODUCTS_PER_CATEGORY = PRODUCTS_PER_TENANT / CATEGORIES.length;

/**
 * Loads the bench data set as the admin (a superuser, so row-level security does not apply) with
 * `INSERT … SELECT generate_series`: 1,000,000 rows in seconds, where Prisma would take minutes.
 * Every batch starts in NORMAL, so the first tiering run has real work to do.
 */
export async function loadBenchData(admin: pg.Client, today: CalendarDate): Promise<void> {
  await admin.query("BEGIN");
  // The rows are consistent by construction; skipping the foreign-key triggers (superuser only,
  // this transaction only) halves the load time without changing what the benchmark measures.
  await admin.query("SET LOCAL session_replication_role = replica");
  await admin.query(
    `INSERT INTO tenants (name, slug, updated_at)
     SELECT '商户 ' || n, 'bench-' || n, now() FROM generate_series(1, $1::int) n`,
    [TENANTS],
  );
  await admin.query(
    `INSERT INTO warehouses (tenant_id, code, name, updated_at) SELECT id, 'WH-1', '主仓', now() FROM tenants`,
  );
  await admin.query(
    `INSERT INTO products (tenant_id, sku, name, category, shelf_life_days, cost_fen, list_price_fen, updated_at)
     SELECT t.id, 'SKU-' || lpad(p::text, 3, '0'), c.name || ' ' || p, c.name,
            c.min_days + (p / $6::int) * (c.max_days - c.min_days) / ($2::int - 1), 500, 800, now()
       FROM tenants t
      CROSS JOIN generate_series(0, $1::int - 1) p
       JOIN unnest($3::text[], $4::int[], $5::int[]) WITH ORDINALITY AS c(name, min_days, max_days, n)
         ON c.n = p % $6::int + 1`,
    [
      PRODUCTS_PER_TENANT,
      PRODUCTS_PER_CATEGORY,
      CATEGORIES.map((c) => c.name),
      CATEGORIES.map((c) => c.minDays),
      CATEGORIES.map((c) => c.maxDays),
      CATEGORIES.length,
    ],
  );
  // Expiry dates run from 20 days ago to a full shelf life ahead, skewed towards today (u² of an even
  // spread u), so that most batches leave NORMAL under the default policy even for year-long shelf
  // lives: the write-heavy first run after tiering is switched on, the case worth measuring.
  // Rows go in in production-date order, as stock arrives, so each tenant's batches are spread over
  // the whole table as in a real shared database, not clustered by tenant.
  await admin.query(
    `INSERT INTO batches (tenant_id, product_id, warehouse_id, lot_code, production_date, expiry_date,
                          qty_received, qty_on_hand, updated_at)
     SELECT p.tenant_id, p.id, w.id, 'LOT-' || k, e.expiry - p.shelf_life_days, e.expiry, 100, 100, now()
       FROM products p
       JOIN warehouses w ON w.tenant_id = p.tenant_id
      CROSS JOIN generate_series(0, $1::int - 1) k
      CROSS JOIN LATERAL (
        SELECT $2::date - 20 + floor((p.shelf_life_days + 20) * ((k + 0.5) / $1::int) ^ 2)::int AS expiry
      ) e
      ORDER BY e.expiry - p.shelf_life_days, p.id`,
    [BATCHES_PER_PRODUCT, today],
  );
  await admin.query("COMMIT");
  await admin.query("VACUUM ANALYZE tenants, warehouses, products, batches");
}
