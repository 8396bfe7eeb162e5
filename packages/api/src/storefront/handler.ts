import { todayIn } from "@shelfloop/core";
import {
  availableCoupons,
  BusinessError,
  type ConsumerSession,
  claimCoupon,
  clearanceItem,
  type Database,
  dealAlertTemplateId,
  listClearance,
  myCoupons,
  quoteCart,
  resolveStorefrontTenant,
  SESSION_TTL_MS,
  type StorefrontTenant,
  signInConsumer,
  signInWithWeChat,
  signSessionToken,
  subscribeDealAlert,
  verifySessionToken,
} from "@shelfloop/db";
import {
  batchId,
  claimBody,
  clearanceQuery,
  dealAlertBody,
  devSessionBody,
  quoteBody,
  sessionBody,
} from "./inputs";
import { ReadCache } from "./read-cache";
import { etagOf, json, notModified, preflight, refusal, withCors } from "./respond";

export interface StorefrontDeps {
  db: Database;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

interface Call {
  request: Request;
  tenant: StorefrontTenant;
  deps: Required<StorefrontDeps>;
  now: Date;
}

/** Dev sign-in (an openid taken on trust) for H5 and tests: never in production unless asked for. */
const devLoginAllowed = (env: NodeJS.ProcessEnv) =>
  env.NODE_ENV !== "production" || env.SHELFLOOP_STOREFRONT_DEV_LOGIN === "1";

const body = async (request: Request) => (await request.text()) || "{}";
const parseBody = async <T>(request: Request, schema: { parse: (v: unknown) => T }) =>
  schema.parse(JSON.parse(await body(request)));

/** The consumer of the bearer token, if it is valid for this tenant. */
function consumerOf(call: Call): ConsumerSession | null {
  const header = call.request.headers.get("authorization") ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
  return token ? verifySessionToken(token, call.tenant.id, call.now) : null;
}

function requireConsumer(call: Call): ConsumerSession {
  const session = consumerOf(call);
  if (!session) throw new BusinessError("FORBIDDEN", "请先登录");
  return session;
}

function issueSession(call: Call, consumerId: string) {
  const expiresAt = call.now.getTime() + SESSION_TTL_MS;
  const token = signSessionToken({ consumerId, tenantId: call.tenant.id, expiresAt });
  return json(call.tenant.priceBookVersion, { token, expiresAt: new Date(expiresAt).toISOString() });
}

const reads = new ReadCache();

/**
 * A versioned read: answered 304 from the ETag alone when the client has it, else from the process's
 * cache of answers by ETag, else computed once.
 */
async function cached(call: Call, read: () => Promise<object>) {
  const etag = etagOf(call.tenant, call.request, todayIn(call.tenant.timezone, call.now));
  const headers = { etag, "cache-control": "no-cache" };
  if (notModified(call.request, etag)) return new Response(null, { status: 304, headers });
  return json(call.tenant.priceBookVersion, await reads.get(etag, read), { headers });
}

/** Answers a request under `<method> <first path segment>`, or null when the rest of the path is unknown. */
type Route = (call: Call, rest: string[]) => Promise<Response | null>;

const ROUTES: Record<string, Route> = {
  "GET items": async (call, rest) => {
    if (rest.length === 0) {
      const query = clearanceQuery.parse(Object.fromEntries(new URL(call.request.url).searchParams));
      return cached(call, () => listClearance(call.deps.db, call.tenant, query, call.now));
    }
    if (rest.length !== 1) return null;
    const id = batchId.parse(rest[0]);
    return cached(call, async () => ({ item: await clearanceItem(call.deps.db, call.tenant, id, call.now) }));
  },
  "POST quote": async (call) => {
    const input = await parseBody(call.request, quoteBody);
    const consumer = consumerOf(call);
    const quote = await quoteCart(
      call.deps.db,
      call.tenant,
      { lines: input.lines, coupons: input.coupons, consumerId: consumer?.consumerId ?? null },
      call.now,
    );
    return json(quote.priceBookVersion, { quote });
  },
  "POST session": async (call, rest) => {
    const { env, db } = call.deps;
    if (rest[0] === "dev" && rest.length === 1) {
      if (!devLoginAllowed(env)) return null;
      const { openid } = await parseBody(call.request, devSessionBody);
      return issueSession(call, (await signInConsumer(db, call.tenant.id, openid)).id);
    }
    if (rest.length !== 0) return null;
    const { code } = await parseBody(call.request, sessionBody);
    const appId = env.SHELFLOOP_WECHAT_APPID;
    const secret = env.SHELFLOOP_WECHAT_SECRET;
    if (!appId || !secret) {
      return json(
        call.tenant.priceBookVersion,
        { error: { message: "商家尚未配置小程序登录" } },
        { status: 503 },
      );
    }
    const config = { appId, secret, baseUrl: env.SHELFLOOP_WECHAT_BASE_URL || undefined };
    return issueSession(call, (await signInWithWeChat(db, call.tenant.id, code, config)).id);
  },
  "POST coupons": async (call, rest) => {
    if (rest.join("/") !== "claim") return null;
    const { consumerId } = requireConsumer(call);
    const { promotionId } = await parseBody(call.request, claimBody);
    const coupon = await claimCoupon(call.deps.db, call.tenant, consumerId, promotionId, call.now);
    return json(call.tenant.priceBookVersion, { coupon }, { status: 201 });
  },
  "GET coupons": async (call, rest) => {
    const { db } = call.deps;
    if (rest.join("/") === "available") {
      return json(call.tenant.priceBookVersion, {
        campaigns: await availableCoupons(db, call.tenant, call.now),
      });
    }
    if (rest.join("/") !== "mine") return null;
    const { consumerId } = requireConsumer(call);
    return json(call.tenant.priceBookVersion, { coupons: await myCoupons(db, call.tenant, consumerId) });
  },
  /** What the mini-program needs before asking anything: the deal-alert template to subscribe to. */
  "GET config": async (call, rest) => {
    if (rest.length !== 0) return null;
    const templateId = await dealAlertTemplateId(call.deps.db, call.tenant);
    return json(call.tenant.priceBookVersion, { dealAlert: templateId ? { templateId } : null });
  },
  /** The consumer accepted a 到货/降价提醒 (one accepted subscribe-message request = one message). */
  "POST deal-alerts": async (call, rest) => {
    if (rest.length !== 0) return null;
    const { consumerId } = requireConsumer(call);
    const input = await parseBody(call.request, dealAlertBody);
    const alert = await subscribeDealAlert(call.deps.db, call.tenant, consumerId, {
      productId: input.productId ?? null,
      templateId: input.templateId,
    });
    return json(call.tenant.priceBookVersion, { dealAlert: alert }, { status: 201 });
  },
};

const notFound = (version: number) => json(version, { error: { message: "接口不存在" } }, { status: 404 });

/**
 * The mini-program storefront API (public): `/api/storefront/v1/<tenant slug or AppID>/<path>`.
 * Every answer carries the tenant's price-book version; reads are cached by it (ETag).
 */
export async function handleStorefront(
  request: Request,
  params: { tenant: string; path: readonly string[] },
  deps: StorefrontDeps,
): Promise<Response> {
  if (request.method === "OPTIONS") return preflight();
  return withCors(await answer(request, params, deps));
}

async function answer(
  request: Request,
  params: { tenant: string; path: readonly string[] },
  deps: StorefrontDeps,
): Promise<Response> {
  const full = { env: process.env, now: () => new Date(), ...deps };
  const tenant = await resolveStorefrontTenant(full.db, params.tenant);
  if (!tenant) return json(0, { error: { message: "店铺不存在" } }, { status: 404 });
  const [head = "", ...rest] = params.path;
  const route = ROUTES[`${request.method} ${head}`];
  const call = { request, tenant, deps: full, now: full.now() };
  try {
    return (await route?.(call, rest)) ?? notFound(tenant.priceBookVersion);
  } catch (error) {
    return refusal(tenant.priceBookVersion, error);
  }
}
