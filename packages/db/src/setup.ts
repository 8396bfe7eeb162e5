import { todayIn } from "@shelfloop/core";
import { createDatabase } from "./client";
import { applyMigrations } from "./migrations/apply";
import { DEMO_TENANT, seedDemoTenant } from "./seed";

/**
 * Brings a database up to date for running the console: applies pending migrations, then adds the
 * demo tenant if it is not there yet. Safe to run on every start.
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
  } finally {
    await db.$disconnect();
  }
}
