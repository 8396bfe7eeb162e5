import { readFile } from "node:fs/promises";
import { withSchemaEngine } from "./engine";
import { defaultMigrationsDir, defaultSchemaPath, readMigrations } from "./files";

export interface MigrationPaths {
  /** Defaults to prisma/migrations at the repository root. */
  migrationsDir?: string;
  /** Defaults to prisma/schema.prisma at the repository root. */
  schemaPath?: string;
}

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Applies every migration in the migrations directory that the database has not recorded yet, in
 * name order, through the schema engine's `applyMigrations` — the command behind
 * `prisma migrate deploy` — so `_prisma_migrations` holds what deploy would write. Like deploy, it
 * throws when a migration fails (that script is rolled back) and applies nothing past a failed one.
 * Returns the names just applied.
 */
export async function applyMigrations(
  connectionString: string,
  paths: MigrationPaths = {},
): Promise<string[]> {
  const migrationsList = await readMigrations(paths.migrationsDir ?? defaultMigrationsDir);
  const schema = await readFile(paths.schemaPath ?? defaultSchemaPath, "utf8");
  const { appliedMigrationNames } = await withSchemaEngine(connectionString, schema, (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilters }),
  );
  return appliedMigrationNames;
}
