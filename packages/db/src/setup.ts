import { todayIn } from "@shelfloop/core";
import { createDatabase } from "./client";
import { applyMigrations } from "./migrations/apply";
import { DEMO_TENANT, seedDemoTenant } from "./seed";
import { deliverAlertsNow } from "./services/alerts";
import { retierTenantById, tenantsForJobs } from "./services/tiering";

/**
 * Brings a database up to date for running the console: applies pending migrations, adds the demo
 * tenant if it is not there yet, and re-tiers every tenant with its alerts (tiers may be stale after
 * downtime, and without an Inngest server nothing else re-tiers on a schedule). Safe to run on every
 * start.
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
    for (const tenant of await tenantsForJobs(db)) {
      const now = new Date();
      const changed = await retierTenantById(db, tenant.id, now);
      changes += changed.length;
      sent += (await deliverAlertsNow(db, tenant.id, changed, now)).sent;
    }
    log(`Tiering: ${changes} batches changed tier; ${sent} robot messages sent.`);
  } finally {
    await db.$disconnect();
  }
}
