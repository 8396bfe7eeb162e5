/**
 * `pnpm bench:tiering`: tiering 1,000,000 batches of 100 tenants, against a naive per-row Prisma loop
 * and a bare SQL UPDATE as the floor, all measured in the same run on a scratch database of the
 * local PostgreSQL (DATABASE_URL as admin URL). Prints times, ratios and targets; never fails on them.
 * Takes a few minutes: most of it is loading the data and resetting tiers between the runs.
 */
import { performance } from "node:perf_hooks";
import { todayIn } from "@shelfloop/core";
import pg from "pg";
import { createDatabase, type Database, retierTenantById, tenantsForJobs } from "../src";
import { createTestDatabase } from "../src/testing";
import { BATCHES_PER_PRODUCT, loadBenchData, PRODUCTS_PER_TENANT, TENANTS, TOTAL_BATCHES } from "./data";
import { naiveRetierTenant } from "./naive";
import { printHeader, printResults } from "./report";

const SERVER_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
// (b) runs on whole tenants, so the sample has exactly the shape of the full data set: 2 × 10,000 rows.
const SAMPLE_TENANTS = 2;
// Every bench tenant has the schema's default timezone.
const TIMEZONE = "Asia/Shanghai";

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/** Back to the state before tiering ever ran: every batch NORMAL, no history, no dead rows. */
async function resetTiers(admin: pg.Client, tenantIds?: string[]): Promise<void> {
  const where = tenantIds ? "tenant_id = ANY($1::uuid[])" : "true";
  const params = tenantIds ? [tenantIds] : [];
  await admin.query(
    `UPDATE batches SET tier = 'NORMAL', tier_changed_at = NULL WHERE ${where} AND tier <> 'NORMAL'`,
    params,
  );
  await admin.query(`DELETE FROM batch_tier_changes WHERE ${where}`, params);
  await settle(admin);
}

/** Cleans up and flushes before a measurement, so no run pays for the previous one's dead rows or dirty pages. */
async function settle(admin: pg.Client): Promise<void> {
  await admin.query("VACUUM ANALYZE batches, batch_tier_changes");
  await admin.query("CHECKPOINT");
}

async function run(serverUrl: string, admin: pg.Client, appUrl: string, keep: { app?: Database }) {
  const now = new Date();
  const today = todayIn(TIMEZONE, now);
  const load = await timed(() => loadBenchData(admin, today));
  const server = await admin.query<{ version: string; buffers: string }>(
    "SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS buffers",
  );
  printHeader({
    PostgreSQL: `${server.rows[0]?.version} on ${new URL(serverUrl).host}, shared_buffers ${server.rows[0]?.buffers}`,
    data: `${TOTAL_BATCHES.toLocaleString("en-US")} batches = ${TENANTS} tenants × ${PRODUCTS_PER_TENANT} products × ${BATCHES_PER_PRODUCT} batches, 1 warehouse each (loaded in ${(load.ms / 1000).toFixed(1)} s)`,
    "tiering day": `${today} (${TIMEZONE}), default tier policy; every batch starts NORMAL, expiring 20 days ago to a shelf life ahead (skewed towards today)`,
  });

  // The application's login role, through the same pool and row-level security as the jobs.
  const app = createDatabase(appUrl, 2);
  keep.app = app;
  const tenants = await tenantsForJobs(app); // also opens the pool, so no run pays for connecting
  const sample = tenants.slice(0, SAMPLE_TENANTS).map((tenant) => tenant.id);
  const { rows } = await admin.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM batches WHERE tenant_id = ANY($1::uuid[])",
    [sample],
  );
  const sampleRows = rows[0]?.n ?? 0;

  // (b) first, on the sample; then its tenants go back to NORMAL so (a) does the same work on them.
  await settle(admin);
  console.log(`\n  (b) naive loop on ${sampleRows.toLocaleString("en-US")} rows …`);
  const naive = await timed(async () => {
    let changed = 0;
    for (const tenantId of sample) changed += await naiveRetierTenant(app, tenantId, now);
    return changed;
  });
  await resetTiers(admin, sample);

  console.log(`  (a) retierTenantById for ${tenants.length} tenants …`);
  const ours = await timed(async () => {
    let changed = 0;
    let changedInSample = 0;
    for (const tenant of tenants) {
      const changes = await retierTenantById(app, tenant.id, now);
      changed += changes.length;
      if (sample.includes(tenant.id)) changedInSample += changes.length;
    }
    return { changed, changedInSample };
  });

  // (c) writes exactly the rows (a) changed, to the tiers (a) chose, read back from (a)'s history,
  // so the floor pays for the row writes and nothing else: no policy, no join on ranges, no history.
  console.log("  (c) bare UPDATE …");
  await admin.query(
    "CREATE TEMP TABLE bench_target AS SELECT batch_id AS id, to_tier AS tier FROM batch_tier_changes",
  );
  await admin.query("ANALYZE bench_target");
  await resetTiers(admin);
  const floor = await timed(() =>
    admin.query(
      "UPDATE batches b SET tier = t.tier, tier_changed_at = $1 FROM bench_target t WHERE b.id = t.id",
      [now],
    ),
  );

  const scale = TOTAL_BATCHES / sampleRows;
  printResults({
    ours: {
      label: `(a) retierTenantById × ${tenants.length} tenants, sequential, as the app (RLS)`,
      ms: ours.ms,
      changed: ours.result.changed,
    },
    naive: {
      label: `(b) naive Prisma per-row loop, scaled ×${scale} to ${TOTAL_BATCHES.toLocaleString("en-US")} rows`,
      ms: naive.ms * scale,
      changed: naive.result * scale,
      note: `measured ${(naive.ms / 1000).toFixed(2)} s on a ${sampleRows.toLocaleString("en-US")}-row sample (${SAMPLE_TENANTS} tenants): ${naive.result.toLocaleString("en-US")} changes, (a) made ${ours.result.changedInSample.toLocaleString("en-US")} there`,
    },
    floor: {
      label: "(c) floor: one bare UPDATE … FROM precomputed tiers, as admin",
      ms: floor.ms,
      changed: floor.result.rowCount ?? 0,
    },
  });
}

async function main(): Promise<void> {
  const database = await createTestDatabase(SERVER_URL);
  const admin = new pg.Client({ connectionString: database.adminUrl });
  const keep: { app?: Database } = {};
  // Ctrl-C would otherwise leave a 1,000,000-row database behind; DROP … WITH (FORCE) ends our sessions.
  process.once("SIGINT", () => void database.drop().finally(() => process.exit(130)));
  try {
    await admin.connect();
    await run(SERVER_URL, admin, database.appUrl, keep);
  } finally {
    await keep.app?.$disconnect().catch(() => {});
    await admin.end().catch(() => {});
    await database.drop();
  }
}

await main();
