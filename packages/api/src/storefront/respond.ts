import { createHash } from "node:crypto";
import { BusinessError, type StorefrontTenant, WeChatLoginError } from "@shelfloop/db";
import { ZodError } from "zod";

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" };

/** A JSON answer carrying the price-book version it was computed at. */
export const json = (
  version: number,
  body: object,
  init: { status?: number; headers?: Record<string, string> } = {},
) =>
  new Response(JSON.stringify({ priceBookVersion: version, ...body }), {
    status: init.status ?? 200,
    headers: { ...JSON_HEADERS, ...init.headers },
  });

/**
 * The ETag of a versioned read: the tenant, its price-book version and a hash of what was asked (and
 * the tenant's date, since days-left changes at midnight). It changes exactly when the answer may.
 */
export function etagOf(tenant: StorefrontTenant, request: Request, today: string): string {
  const url = new URL(request.url);
  url.searchParams.sort();
  const hash = createHash("sha256")
    .update(`${url.pathname}?${url.searchParams}|${today}`)
    .digest("base64url");
  return `"${tenant.id}-${tenant.priceBookVersion}-${hash.slice(0, 16)}"`;
}

/** Whether the client's If-None-Match already names this ETag (a list, or "*"). */
export function notModified(request: Request, etag: string): boolean {
  const given = request.headers.get("if-none-match");
  if (!given) return false;
  return given.split(",").some((tag) => {
    const value = tag.trim().replace(/^W\//, "");
    return value === etag || value === "*";
  });
}

const STATUS_OF = { BAD_REQUEST: 400, FORBIDDEN: 401, NOT_FOUND: 404, CONFLICT: 409 } as const;

/** A refused request as JSON `{ error: { message } }` with its status; anything else is rethrown. */
export function refusal(version: number, error: unknown): Response {
  const answer = (status: number, message: string) => json(version, { error: { message } }, { status });
  if (error instanceof BusinessError) return answer(STATUS_OF[error.kind], error.message);
  if (error instanceof WeChatLoginError) return answer(error.status, error.message);
  if (error instanceof ZodError) return answer(400, `请求格式不正确：${error.issues[0]?.message ?? ""}`);
  if (error instanceof SyntaxError) return answer(400, "请求体不是有效的 JSON");
  throw error;
}

/**
 * The storefront is public and authenticates by bearer token, never cookies, so any origin may call it
 * (the H5 build is served from the merchant's own domain). The ETag is exposed for conditional reads.
 */
const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "etag",
};

export function withCors(response: Response): Response {
  for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
  return response;
}

export const preflight = () =>
  new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "access-control-allow-methods": "GET, POST, OPTIONS",
      "access-control-allow-headers": "authorization, content-type, if-none-match",
      "access-control-max-age": "86400",
    },
  });
