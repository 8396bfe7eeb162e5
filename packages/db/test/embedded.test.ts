import { access, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../src/embedded";
import { applyMigrations } from "../src/migrations";

// One PGlite start for the whole file: it takes several seconds.
let dir: string;
let server: EmbeddedPostgres;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "shelfloop-embedded-"));
  server = await startEmbeddedPostgres({ dataDir: join(dir, "pgdata"), port: 0 });
});
afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("embedded Postgres (PGlite)", () => {
  it("takes the migrations, then serves the tables to pg", async () => {
    const applied = await applyMigrations(server.url);
    expect(applied.at(-1)).toMatch(/^\d{14}_/);
    expect(await applyMigrations(server.url)).toEqual([]);

    // Reconnects right after the engine disconnected: the single session must be free again.
    const pool = new pg.Pool({ connectionString: server.url, max: 1 });
    try {
      const { rows } = await pool.query("SELECT count(*)::int AS n FROM tenants");
      expect(rows).toEqual([{ n: 0 }]);
      const migrations = await pool.query(
        "SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL",
      );
      expect(migrations.rows).toEqual([{ n: applied.length }]);
    } finally {
      await pool.end();
    }
  });

  it("refuses a second server on a port that is in use", async () => {
    const port = Number(new URL(server.url).port);
    await expect(startEmbeddedPostgres({ dataDir: join(dir, "other"), port })).rejects.toThrow(
      /already in use/,
    );
  });

  it("closes the data directory and releases its lock on stop", async () => {
    await server.stop();
    await expect(access(join(dir, "pgdata.lock"))).rejects.toThrow();
  });
});
