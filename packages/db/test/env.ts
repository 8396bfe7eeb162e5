import { createDatabase } from "../src/client";

/** Integration tests run on the database prepared by `pnpm test:all` (scripts/test-all.ts). */
export function testDatabaseUrls() {
  const appUrl = process.env.DATABASE_URL;
  if (!appUrl) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  return { appUrl, adminUrl: process.env.DATABASE_ADMIN_URL ?? appUrl };
}

export const appDatabase = () =>
  createDatabase(testDatabaseUrls().appUrl, Number(process.env.DATABASE_POOL_MAX ?? 4));
