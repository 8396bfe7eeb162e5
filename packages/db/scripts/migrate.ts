// `pnpm db:migrate`: applies pending prisma/migrations to DATABASE_URL, recording them in
// _prisma_migrations exactly as `prisma migrate deploy` would (see MIGRATIONS.md).
import { applyMigrations } from "../src/migrations";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: export the postgres:// URL of the database to migrate.");
  process.exit(1);
}
try {
  const applied = await applyMigrations(url);
  if (applied.length === 0) console.log("No pending migrations: the database is up to date.");
  else
    console.log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`);
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
