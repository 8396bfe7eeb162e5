import type { Database } from "./client";
import type { Prisma } from "./generated/prisma/client";

/** The role every application transaction runs as: not a superuser, no BYPASSRLS (see migrations). */
export const APP_ROLE = "shelfloop_app";

export type Tx = Prisma.TransactionClient;

/** Who is asking. The database's policies read these settings; code never filters by tenant alone. */
export interface Scope {
  tenantId?: string | null;
  userId?: string | null;
  /** Lets a sign-in find the user row for this email or phone before the user is known. */
  login?: string | null;
}

/**
 * Runs `work` in one transaction as the application role with the scope's settings applied
 * transaction-locally, so row-level security decides what the queries see and may write,
 * and pooled connections never carry one request's tenant into the next.
 */
export function withScope<T>(
  db: Database,
  scope: Scope,
  work: (tx: Tx) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL ROLE ${APP_ROLE}`);
      await applyScope(tx, scope);
      return work(tx);
    },
    { timeout: options.timeoutMs ?? 15_000, maxWait: 10_000 },
  );
}

/** Changes the scope within a transaction already running as the application role. */
export async function applyScope(tx: Tx, scope: Scope): Promise<void> {
  await tx.$queryRaw`SELECT set_config('app.tenant_id', ${scope.tenantId ?? ""}, true),
                            set_config('app.user_id', ${scope.userId ?? ""}, true),
                            set_config('app.login', ${scope.login?.toLowerCase() ?? ""}, true)`;
}

/** Runs `work` inside one tenant: every row read or written belongs to `tenantId`. */
export function withTenant<T>(
  db: Database,
  tenant: { tenantId: string; userId?: string | null },
  work: (tx: Tx) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  return withScope(db, tenant, work, options);
}
