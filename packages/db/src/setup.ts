import { todayIn } from "@shelfloop/core";
import { createDatabase } from "./client";
import { applyMigrations } from "./migrations/apply";
import { DEMO_TENANT, seedDemoTenant } from "./seed";
import { deliverAlertsNow } from "./services/alerts";
import { handOffPromotionsNow } from "./services/handoff";
import { runPromotionsNow } from "./services/promotions";
import { rollupPendingDays } from "./services/reports";
import { retierTenantById, tenantsForJobs } from "./services/tiering";

/**
 * Brings a database up to date for running the console: applies pending migrations, adds the demo
 * tenant if it is not there yet, re-tiers every tenant with its alerts and promotions, and rolls up the
 * finished days the reports lack (tiers and rollups may be stale after downtime, and without an Inngest
 * server nothing else runs them on a schedule). Safe to run on every start.
 */
export async function prepareDatabase(url: string, log: (line: string) => void = () => {}): Promise<void> {
  const applied = await applyMigrations(url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  const db = createDatabase(url, 1);
  try {
    const outcome = await seedDemoTenant(db, todayIn(DEMO_TENANT.timezone));
    if (outcome.created)
      log(
        `Seeded demo tenant ${DEMO_TENANT.name}: ${outcome.products} products, ${outcome.batches} batches.`,
      );
    let changes = 0;
    let sent = 0;
    let rolledDays = 0;
    const promotions = { created: 0, ended: 0 };
    for (const tenant of await tenantsForJobs(db)) {
      const now = new Date();
      const changed = await retierTenantById(db, tenant.id, now);
      changes += changed.length;
      sent += (await deliverAlertsNow(db, tenant.id, changed, now)).sent;
      const run = await runPromotionsNow(db, tenant.id, changed, now);
      promotions.created += run.created;
      promotions.ended += run.ended + run.closed;
      await handOffPromotionsNow(db, tenant.id);
      rolledDays += (await rollupPendingDays(db, tenant.id, todayIn(tenant.timezone, now))).length;
    }
    log(`Tiering: ${changes} batches changed tier; ${sent} robot messages sent.`);
    log(`Promotions: ${promotions.created} created, ${promotions.ended} ended.`);
    log(`Reports: ${rolledDays} days rolled up.`);
  } finally {
    await db.$disconnect();
  }
}
