import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyMigrations,
  createMigration,
  createScratchDatabase,
  defaultMigrationsDir,
  defaultSchemaPath,
  type ScratchDatabase,
} from "../src/migrations";

// Scratch databases go next to the test database on a real server (an admin URL); a test run on the
// embedded PGlite, which has a single database, uses fresh PGlite instances instead.
const serverUrl = process.env.SHELFLOOP_TEST_EMBEDDED
  ? undefined
  : (process.env.DATABASE_ADMIN_URL ?? process.env.DATABASE_URL);
let scratch: ScratchDatabase;
let url: string;

async function admin(connectionString: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return client.query(sql).finally(() => client.end());
}

const migrationDirs = async (dir = defaultMigrationsDir) =>
  (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

beforeAll(async () => {
  scratch = await createScratchDatabase(serverUrl, "shelfloop_migtest");
  url = scratch.url;
});
afterAll(() => scratch?.drop());

describe("applyMigrations", () => {
  it("applies every migration in name order, then nothing on a second run", async () => {
    expect(await applyMigrations(url)).toEqual(await migrationDirs());
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("records each migration as prisma migrate deploy does", async () => {
    const { rows } = await admin(url, "SELECT * FROM _prisma_migrations ORDER BY migration_name");
    const expected = await Promise.all(
      (await migrationDirs()).map(async (name) => {
        const sql = await readFile(join(defaultMigrationsDir, name, "migration.sql"));
        return { migration_name: name, checksum: createHash("sha256").update(sql).digest("hex") };
      }),
    );
    expect(rows.map(({ migration_name, checksum }) => ({ migration_name, checksum }))).toEqual(expected);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row).toMatchObject({ rolled_back_at: null, logs: null, applied_steps_count: 1 });
    }
  });

  it("creates the schema's tables", async () => {
    const { rows } = await admin(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    expect(rows.map((row) => row.tablename)).toEqual(
      expect.arrayContaining(["tenants", "users", "memberships", "warehouses", "products", "batches"]),
    );
  });
});

describe("createMigration", () => {
  it("rejects names that are not lowercase, digits and _", async () => {
    await expect(createMigration("Add-X", { serverUrl })).rejects.toThrow(/Invalid migration name/);
  });

  it("finds nothing to do when the migrations match the schema, hand-written ones included", async () => {
    expect(await createMigration("noop", { serverUrl })).toBeNull();
    expect(await migrationDirs()).not.toContainEqual(expect.stringMatching(/_noop$/));
  });

  it("writes the SQL for a schema change, which then applies on top", async () => {
    const dir = await mkdtemp(join(tmpdir(), "shelfloop-migtest-"));
    try {
      const migrationsDir = join(dir, "migrations");
      const schemaPath = join(dir, "schema.prisma");
      await cp(defaultMigrationsDir, migrationsDir, { recursive: true });
      const schema = await readFile(defaultSchemaPath, "utf8");
      await writeFile(schemaPath, schema.replace(/(\n\s+address\s+String\?)/, "$1\n  phone String?"));

      const created = await createMigration("add_phone", {
        serverUrl,
        migrationsDir,
        schemaPath,
        timestamp: "29990101000000",
      });
      expect(created?.name).toBe("29990101000000_add_phone");
      expect(created?.sql).toContain('ALTER TABLE "warehouses" ADD COLUMN');
      expect(created?.sql).not.toMatch(/POLICY|ROW LEVEL|DROP/);
      expect(await readFile(join(migrationsDir, created?.name ?? "", "migration.sql"), "utf8")).toBe(
        created?.sql,
      );
      expect(await applyMigrations(url, { migrationsDir, schemaPath })).toEqual(["29990101000000_add_phone"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
