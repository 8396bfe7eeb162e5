import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Database = PrismaClient;

/**
 * One Prisma client per process. The embedded PGlite server serves a single session at a time,
 * so it runs with DATABASE_POOL_MAX=1; a real PostgreSQL gets a normal pool.
 */
export function createDatabase(
  connectionString: string,
  poolMax = Number(process.env.DATABASE_POOL_MAX ?? 10),
) {
  // An idle connection is let go soon on the embedded server, so other clients (seed, psql, tests) get a turn.
  const idleTimeoutMillis = Number(process.env.DATABASE_POOL_IDLE_MS ?? 10_000);
  const adapter = new PrismaPg({ connectionString, max: poolMax, idleTimeoutMillis });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { shelfloopDb?: Database };

/** The process-wide client for DATABASE_URL (kept across Next.js hot reloads in development). */
export function database(): Database {
  if (!globalForDb.shelfloopDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start through `pnpm dev`, which provides one.");
    globalForDb.shelfloopDb = createDatabase(url);
  }
  return globalForDb.shelfloopDb;
}
