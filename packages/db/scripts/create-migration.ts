// `pnpm db:migration:create --name add_x`: writes prisma/migrations/<YYYYMMDDHHMMSS>_add_x/migration.sql
// with the SQL that takes a database from "all existing migrations applied" to prisma/schema.prisma.
//
// How: the existing migrations are applied to a throw-away database and the schema engine diffs that
// live database against the schema — the same replay-and-compare that `prisma migrate dev` performs
// with its shadow database, which cannot run here because the native schema engine is unavailable.
// Replaying (rather than keeping schema snapshots or reading git history) derives the starting point
// from the migrations themselves, so it is right even for migrations written by hand or created with
// `prisma migrate dev` elsewhere. Hand-written SQL (RLS policies, roles, CHECKs, triggers) lives in the
// replayed database but is invisible to Prisma's differ, so it is never undone.
//
// The throw-away database is created on DATABASE_URL's server (the role needs CREATEDB) and dropped
// afterwards; without DATABASE_URL an embedded PGlite in a temp directory is used (slower start).
// Options: --name (required; lowercase letters, digits, _), --timestamp YYYYMMDDHHMMSS (default: now, UTC).
import { parseArgs } from "node:util";
import { createMigration } from "../src/migrations";

const { values } = parseArgs({ options: { name: { type: "string" }, timestamp: { type: "string" } } });
if (!values.name) {
  console.error("Usage: pnpm db:migration:create --name add_something [--timestamp YYYYMMDDHHMMSS]");
  process.exit(1);
}
try {
  const created = await createMigration(values.name, {
    serverUrl: process.env.DATABASE_URL,
    timestamp: values.timestamp,
  });
  if (!created) console.log("No schema changes since the last migration: nothing written.");
  else console.log(`Created ${created.path}/migration.sql:\n\n${created.sql}`);
} catch (error) {
  console.error(`Could not create the migration: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
