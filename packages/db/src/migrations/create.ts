import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { applyMigrations, type MigrationPaths } from "./apply";
import { withSchemaEngine } from "./engine";
import { defaultMigrationsDir, defaultSchemaPath, LOCKFILE, LOCKFILE_CONTENT, readMigrations } from "./files";
import { createScratchDatabase } from "./scratch";

export interface CreateMigrationOptions extends MigrationPaths {
  /** Postgres server on which a throw-away database may be created; without it, embedded PGlite is used. */
  serverUrl?: string;
  /** `YYYYMMDDHHMMSS` prefix for the directory; defaults to now in UTC, as `prisma migrate dev` does. */
  timestamp?: string;
}

export interface CreatedMigration {
  name: string;
  path: string;
  sql: string;
}

const NAME = /^[a-z0-9_]+$/;
const TIMESTAMP = /^\d{14}$/;

/**
 * Writes `<migrationsDir>/<UTC timestamp>_<name>/migration.sql` holding the SQL that takes a database
 * from "all existing migrations applied" to the current schema.prisma — what
 * `prisma migrate dev --create-only` does with its shadow database: replay the migrations into an
 * empty database, introspect it, diff against the schema. Hand-written SQL in earlier migrations
 * (policies, roles, CHECKs, triggers) is part of the replayed database and invisible to Prisma's
 * differ, so the new migration leaves it alone. Returns null, writing nothing, when there is no change.
 */
export async function createMigration(
  name: string,
  options: CreateMigrationOptions = {},
): Promise<CreatedMigration | null> {
  if (!NAME.test(name))
    throw new Error(`Invalid migration name "${name}": use lowercase letters, digits and _`);
  const timestamp = options.timestamp ?? new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  if (!TIMESTAMP.test(timestamp)) throw new Error(`Invalid timestamp "${timestamp}": use YYYYMMDDHHMMSS`);
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
  const schemaPath = options.schemaPath ?? defaultSchemaPath;
  const dirName = `${timestamp}_${name}`;
  const { migrationDirectories } = await readMigrations(migrationsDir);
  const last = migrationDirectories.at(-1)?.path;
  if (last && last.localeCompare(dirName) >= 0) throw new Error(`${dirName} would not sort after ${last}`);

  const schema = await readFile(schemaPath, "utf8");
  const scratch = await createScratchDatabase(options.serverUrl);
  let diff: { exitCode: number; stdout: string | null };
  try {
    await applyMigrations(scratch.url, { migrationsDir, schemaPath });
    const files = [{ path: schemaPath, content: schema }];
    diff = await withSchemaEngine(scratch.url, schema, (engine) =>
      engine.diff({
        from: { tag: "schemaDatasource", files, configDir: dirname(schemaPath) },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: true, // 2 when there is something to migrate
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
  } finally {
    await scratch.drop();
  }
  if (diff.exitCode !== 2 || !diff.stdout) return null;

  const path = join(migrationsDir, dirName);
  await mkdir(path, { recursive: true });
  await writeFile(join(path, "migration.sql"), diff.stdout);
  await writeFile(join(migrationsDir, LOCKFILE), LOCKFILE_CONTENT);
  return { name: dirName, path, sql: diff.stdout };
}
