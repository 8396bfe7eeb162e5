import pg from "pg";
import { applyMigrations } from "../migrations/apply";
import { createScratchDatabase } from "../migrations/scratch";
import { APP_ROLE } from "../scope";

/** A login role for tests and CI: not a superuser, no BYPASSRLS, a member of the application role. */
export const TEST_LOGIN_ROLE = "shelfloop_web";
const TEST_LOGIN_PASSWORD = "shelfloop-web";

export interface TestDatabase {
  adminUrl: string;
  appUrl: string;
  appRole: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates a fresh, migrated database on the server of `serverUrl` (an admin URL), and the login
 * role the application connects as. `drop()` removes the database again.
 */
export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const scratch = await createScratchDatabase(serverUrl, "shelfloop_test");
  const adminUrl = scratch.url;
  await applyMigrations(adminUrl);
  await withAdmin(adminUrl, async (client) => {
    await client.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${TEST_LOGIN_ROLE}') THEN
          CREATE ROLE ${TEST_LOGIN_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${TEST_LOGIN_PASSWORD}';
        END IF;
      END $$`);
    await client.query(`GRANT ${APP_ROLE} TO ${TEST_LOGIN_ROLE}`);
  });
  const app = new URL(adminUrl);
  app.username = TEST_LOGIN_ROLE;
  app.password = TEST_LOGIN_PASSWORD;
  return { adminUrl, appUrl: app.toString(), appRole: TEST_LOGIN_ROLE, drop: scratch.drop };
}
