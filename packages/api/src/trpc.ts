/**
 * The tRPC server: 1. context, 2. initialisation, 3. procedures.
 * Routers only authorise, validate and delegate; the work lives in @shelfloop/db services.
 */
import { hasRole, type Role } from "@shelfloop/core";
import {
  BusinessError,
  type Database,
  loadTenantContext,
  type TenantContext,
  type Tx,
  withTenant,
} from "@shelfloop/db";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";

/* 1. CONTEXT — what every request knows before any procedure runs. */

export interface SessionUser {
  userId: string;
  tenantId: string;
}

export interface CreateContextOptions {
  db: Database;
  session: SessionUser | null;
}

export const createTRPCContext = (opts: CreateContextOptions) => opts;
type Context = Awaited<ReturnType<typeof createTRPCContext>>;

/* 2. INITIALISATION — transformer and error shape (validation errors keep their field paths). */

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: {
      ...shape.data,
      zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
      /** The input a business refusal blames, so the form can show the message next to it. */
      field: error.cause instanceof BusinessError ? (error.cause.field ?? null) : null,
    },
  }),
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/* 3. PROCEDURES */

/**
 * Business refusals from the services (BusinessError) become tRPC errors of the same kind with the
 * merchant's message; anything else stays an internal error.
 */
const businessErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof BusinessError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.kind, message: cause.message, cause });
  }
  return result;
});

/** Whether a string in the input (a value or a key) holds U+0000, which Postgres text cannot store. */
const hasNulByte = (value: unknown, depth = 0): boolean => {
  if (typeof value === "string") return value.includes("\u0000");
  if (value === null || typeof value !== "object" || depth > 64) return false;
  return Object.entries(value).some(([key, child]) => key.includes("\u0000") || hasNulByte(child, depth + 1));
};

/** Such input is refused as malformed here, rather than failing in the database as an internal error. */
const refuseNulBytes = t.middleware(async ({ getRawInput, next }) => {
  if (hasNulByte(await getRawInput().catch(() => undefined)))
    throw new TRPCError({ code: "BAD_REQUEST", message: "输入包含无效字符（U+0000）" });
  return next();
});

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(businessErrors).use(refuseNulBytes);

/** A signed-in user. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "请先登录" });
  return next({ ctx: { session: ctx.session } });
});

// Thrown inside the tenant transaction to roll it back when the procedure failed.
class RollBack extends Error {}

/** Work a procedure queues to run once its transaction has committed (e.g. calling out to robots). */
export type AfterCommit = (task: () => Promise<unknown>) => void;

/**
 * A member of the session's tenant. The whole procedure runs in one transaction under row-level
 * security for that tenant (`ctx.tx`), and is rolled back if the procedure fails. Tasks queued with
 * `ctx.afterCommit` run after a successful commit, in order, before the response; a failing task is
 * logged, not reported, since what the procedure did is already saved.
 */
export const tenantProcedure = authedProcedure.use(async ({ ctx, next }) => {
  const { tenantId, userId } = ctx.session;
  const tasks: (() => Promise<unknown>)[] = [];
  const afterCommit: AfterCommit = (task) => tasks.push(task);
  const proceed = (tx: Tx, tenant: TenantContext) => next({ ctx: { tx, tenant, afterCommit } });
  let outcome: Awaited<ReturnType<typeof proceed>> | undefined;
  try {
    await withTenant(ctx.db, { tenantId, userId }, async (tx) => {
      const tenant = await loadTenantContext(tx, tenantId, userId);
      if (!tenant) throw new TRPCError({ code: "FORBIDDEN", message: "您已不是该商户的成员" });
      outcome = await proceed(tx, tenant);
      if (!outcome.ok) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  if (!outcome) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR" });
  if (outcome.ok) {
    for (const task of tasks)
      await task().catch((error: unknown) => console.error("after-commit task failed", error));
  }
  return outcome;
});

/** A member whose role is at least `minimum` (OWNER > ADMIN > MANAGER > STAFF > VIEWER). */
export const roleProcedure = (minimum: Role) =>
  tenantProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.tenant.role, minimum)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "您的角色无权执行此操作" });
    }
    return next();
  });
