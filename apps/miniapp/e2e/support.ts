import pg from "pg";

/**
 * Runs SQL as the test's own (admin) connection, outside the app and its row-level security — the
 * same helper as apps/web/e2e/support.ts. Not imported from there: that module also pulls in
 * @shelfloop/core, which does not typecheck under this package's ES2020 (mini-program) lib.
 */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({
    connectionString: process.env.DATABASE_ADMIN_URL ?? process.env.DATABASE_URL,
  });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
