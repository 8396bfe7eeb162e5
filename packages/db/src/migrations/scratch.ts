import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../embedded";

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * An empty database and how to get rid of it: a new database on `serverUrl`'s server (an admin URL),
 * or, without one, a fresh embedded PGlite in a temporary directory.
 */
export async function createScratchDatabase(
  serverUrl?: string,
  prefix = "shelfloop_scratch",
): Promise<ScratchDatabase> {
  if (!serverUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), "shelfloop-migrate-"));
    const server = await startEmbeddedPostgres({ dataDir: join(dataDir, "pgdata"), port: 0 });
    return {
      url: server.url,
      drop: () => server.stop().then(() => rm(dataDir, { recursive: true, force: true })),
    };
  }
  const database = `${prefix}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${database}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return { url: url.href, drop: () => admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`) };
}
