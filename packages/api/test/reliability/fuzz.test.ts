import { randomUUID } from "node:crypto";
import { POS_HEADERS } from "@shelfloop/channels";
import { createDatabase, type Database } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handlePosPriceBook, handlePosSale, handleStorefront } from "../../src";
import { signedRequest } from "../pos-fixture";
import {
  type Caller,
  callerFor,
  callPath,
  countTenantRows,
  createRichTenant,
  INPUTS,
  procedurePaths,
  procedureType,
  type TenantData,
} from "./cross-tenant-fixtures";

// A fixed seed keeps CI reproducible; SHELFLOOP_FUZZ_SEED=<n> explores other inputs (a failure prints its seed).
fc.configureGlobal({ seed: Number(process.env.SHELFLOOP_FUZZ_SEED ?? 20261126) });

/*
 * Hostile input, property-based: every tRPC procedure (read from the router) called by an owner with
 * arbitrary values and with real-looking inputs one field of which is replaced by something hostile,
 * and the public storefront and POS handlers fed malformed requests. Nothing may answer with an
 * internal error: a refusal is a TRPCError (or a 4xx JSON answer) with a message.
 */

const RUNS = 25;
let db: Database;
let shop: TenantData;
let owner: Caller;

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  shop = await createRichTenant(db, "fuzz");
  owner = callerFor(db, { userId: shop.ownerUserId, tenantId: shop.tenantId });
}, 120_000);
afterAll(() => db?.$disconnect());

/* ---------- Hostile values ---------- */

const HUGE = "啊".repeat(350_000); // ~1 MB of UTF-8
function nested(depth: number): unknown {
  let value: unknown = { end: true };
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}
const POLLUTED = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
const HOSTILE_STRINGS = [
  "=cmd|' /C calc'!A0",
  "'; DROP TABLE batches;--",
  '" OR 1=1 --',
  "+SUM(1,1)",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\u202Eevil",
  "../../../../etc/passwd",
  "%00%2e%2e%2f",
  "<script>alert(1)</script>",
  "\u0024{jndi:ldap://x/a}",
  "{{7*7}}",
  "",
  "   ",
  "NaN",
  "-1",
  "1e309",
  "9".repeat(400),
  "😀".repeat(300),
  "00000000-0000-0000-0000-000000000000",
  "__proto__",
  HUGE,
];
const HOSTILE_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  -0,
  0.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
];

const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    [],
    {},
    POLLUTED,
    nested(2_000),
    new Date(Number.NaN),
    new Date(8.64e15),
    10n ** 30n,
    Symbol("hostile"),
    () => "function",
  ),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
  fc.double(),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileLeaf },
  {
    weight: 2,
    arbitrary: fc.anything({
      key: fc.oneof(
        fc.string({ maxLength: 10 }),
        fc.constantFrom("__proto__", "constructor", "prototype", "id"),
      ),
      values: [hostileLeaf],
      maxDepth: 3,
      maxKeys: 5,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
    }),
  },
);

/** Every path into a value (objects and arrays), the value itself first. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) paths.push(...pathsOf(child, [...prefix, key]));
  return paths;
}

/** `base` with the value at one of its paths (chosen by `pick`) replaced, or a key added beside it. */
function mutate(base: unknown, pick: number, replacement: unknown, addKey: string | null): unknown {
  const paths = pathsOf(base);
  const path = paths[pick % paths.length] ?? [];
  if (path.length === 0) return replacement;
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (addKey !== null && !Array.isArray(parent))
    Object.defineProperty(parent, addKey, { value: replacement, enumerable: true });
  else parent[last] = replacement;
  return copy;
}

/** Real-looking inputs of the procedure (from the cross-tenant fixtures, with the shop's own ids). */
const shapedInputs = (path: string) => (INPUTS[path]?.(shop, shop) ?? []).map((c) => c.input);

/* ---------- tRPC procedures ---------- */

const PATHS = procedurePaths();

/** What a refused call must look like; returns a description of what is wrong, or null. */
function badRefusal(error: unknown): string | null {
  if (!(error instanceof TRPCError)) return `not a TRPCError: ${String(error)}`;
  if (error.code === "INTERNAL_SERVER_ERROR")
    return `INTERNAL_SERVER_ERROR: ${error.message} ${String(error.cause)}`;
  if (!error.message.trim()) return `${error.code} with an empty message`;
  return null;
}

const show = (value: unknown) => fc.stringify(value).slice(0, 300);

describe("every tRPC procedure, fed hostile input by an owner", () => {
  it("covers the router", () => {
    expect(PATHS.filter((path) => !INPUTS[path]).map((path) => `add an input fixture for ${path}`)).toEqual(
      [],
    );
  });

  it.each(PATHS)("%s never fails with an internal error", async (path) => {
    const shaped = shapedInputs(path);
    const input = shaped.length
      ? fc.oneof(
          hostileValue,
          fc
            .tuple(
              fc.constantFrom(...shaped),
              fc.nat(),
              hostileValue,
              fc.option(fc.constantFrom("__proto__", "constructor", "extra"), { freq: 4 }),
            )
            .map(([base, pick, value, addKey]) => mutate(base, pick, value, addKey)),
        )
      : hostileValue;
    const mutation = procedureType(path) === "mutation";
    const before = mutation ? await countTenantRows(shop.tenantId) : null;
    let succeeded = 0;
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        try {
          await callPath(owner, path, value);
          succeeded++;
        } catch (error) {
          const problem = badRefusal(error);
          if (problem) throw new Error(`${path}(${show(value)}): ${problem}`);
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    // A run of refused mutations wrote nothing (each runs in a transaction rolled back on refusal).
    if (before && succeeded === 0) expect(await countTenantRows(shop.tenantId)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** Every string leaf of `value`, as paths. */
const stringPaths = (value: unknown) =>
  pathsOf(value).filter((path) => {
    let at: unknown = value;
    for (const key of path) at = (at as Record<string | number, unknown>)[key];
    return typeof at === "string";
  });

describe("every string field of every procedure, with a NUL byte in it", () => {
  it("is refused as BAD_REQUEST (Postgres text cannot hold U+0000), never an internal error", async () => {
    const problems: string[] = [];
    let tried = 0;
    for (const path of PATHS)
      for (const base of shapedInputs(path))
        for (const at of stringPaths(base)) {
          let original: unknown = base;
          for (const key of at) original = (original as Record<string | number, unknown>)[key];
          const input = mutate(
            base,
            pathsOf(base).findIndex((p) => p.join() === at.join()),
            `${original}\u0000`,
            null,
          );
          tried++;
          const outcome = await callPath(owner, path, input).then(
            () => "succeeded",
            (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
          );
          if (outcome !== "BAD_REQUEST") problems.push(`${path} ${at.join(".")}: ${outcome}`);
        }
    expect(tried).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});

/* ---------- Storefront ---------- */

const CONTENT_TYPES = [
  "application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json; charset=gbk",
  "",
];
const MALFORMED_BODIES = [
  "{",
  '{"lines":',
  "[]",
  "null",
  "0",
  '"text"',
  "{'single': 'quotes'}",
  '{"lines":[{"productId":"x","quantity":1}]}',
  '{"lines":[{"productId":"00000000-0000-0000-0000-000000000000","quantity":1e309}]}',
  '{"__proto__":{"polluted":true},"lines":[]}',
  `{"openid":"${"x".repeat(2_000_000)}"}`,
  `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
  "\u0000",
  '{"openid":"a\\u0000b"}',
  '{"code":"a\\u0000b"}',
  '{"promotionId":"00000000-0000-0000-0000-000000000000"}',
  '{"lines":[{"productId":"00000000-0000-0000-0000-000000000000","quantity":1}],"coupons":["a\\u0000b"]}',
];

const segment = fc.oneof(
  fc.constantFrom(
    ...["items", "quote", "session", "dev", "coupons", "claim", "mine", "available", "config", "deal-alerts"],
    ...["..", ".", "%2e%2e", ""],
  ),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.uuid().map(String),
);
const storefrontRequest = fc.record({
  method: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"),
  tenant: fc.oneof(
    { weight: 4, arbitrary: fc.constant("<own>") },
    { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 40 })) },
  ),
  path: fc.array(segment, { maxLength: 4 }),
  query: fc.option(
    fc.dictionary(
      fc.constantFrom("sort", "store", "category", "page", "pageSize", "__proto__", "x"),
      fc.oneof(
        fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 1000)),
        fc.string({ maxLength: 20 }),
      ),
    ),
  ),
  body: fc.option(fc.oneof(fc.constantFrom(...MALFORMED_BODIES), fc.string({ maxLength: 100 }))),
  contentType: fc.constantFrom(...CONTENT_TYPES),
  token: fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("a.b.c", "x".repeat(5000)))),
});

/** A refusal must be JSON with a message; nothing may be a 5xx (but 503 "not configured" for WeChat login). */
async function checkAnswer(response: Response, context: string, allow503 = false) {
  const text = await response.text();
  if (response.status >= 500 && !(allow503 && response.status === 503))
    throw new Error(`${context}: ${response.status} ${text.slice(0, 200)}`);
  if (response.status >= 400) {
    let body: { error?: { message?: unknown }; message?: unknown };
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`${context}: ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
    }
    const message = body.error?.message ?? body.message;
    if (typeof message !== "string" || !message.trim())
      throw new Error(`${context}: ${response.status} without a message: ${text.slice(0, 200)}`);
  }
}

describe("storefront handler, fed malformed requests", () => {
  it("answers 4xx with a JSON message, never 5xx", async () => {
    const before = await countTenantRows(shop.tenantId);
    await fc.assert(
      fc.asyncProperty(storefrontRequest, async (r) => {
        const tenant = r.tenant === "<own>" ? shop.slug : r.tenant;
        const url = new URL(`http://shop.test/api/storefront/v1/x/y`);
        for (const [key, value] of Object.entries(r.query ?? {})) url.searchParams.set(key, value);
        const headers = new Headers();
        if (r.contentType) headers.set("content-type", r.contentType);
        if (r.token !== null) headers.set("authorization", `Bearer ${r.token.replace(/[^\x20-\x7e]/g, "")}`);
        const withBody = r.body !== null && r.method !== "GET";
        const request = new Request(url, {
          method: r.method,
          headers,
          ...(withBody ? { body: r.body } : {}),
        });
        const context = `${r.method} ${tenant.slice(0, 40)}/${r.path.map((p) => p.slice(0, 40)).join("/")} ${show(r.body)}`;
        let response: Response;
        try {
          response = await handleStorefront(
            request,
            { tenant, path: r.path },
            { db, env: { NODE_ENV: "test" } },
          );
        } catch (error) {
          throw new Error(`${context}: threw (a 500) ${String(error)}`);
        }
        await checkAnswer(response, context, r.path[0] === "session" && r.path.length === 1);
      }),
      { numRuns: 150, endOnFailure: true },
    );
    // Consumers may be signed in by a well-formed dev login; nothing else of the shop's changes.
    const after = await countTenantRows(shop.tenantId);
    expect({ ...after, consumers: 0 }).toEqual({ ...before, consumers: 0 });
  });

  it("refuses every malformed body on every POST route", async () => {
    const problems: string[] = [];
    for (const path of [["quote"], ["session"], ["session", "dev"], ["coupons", "claim"], ["deal-alerts"]])
      for (const body of MALFORMED_BODIES)
        for (const contentType of CONTENT_TYPES) {
          const request = new Request(`http://shop.test/api/storefront/v1/${shop.slug}/${path.join("/")}`, {
            method: "POST",
            headers: contentType ? { "content-type": contentType } : {},
            body,
          });
          const context = `POST ${path.join("/")} ${contentType} ${body.slice(0, 80)}`;
          try {
            const response = await handleStorefront(
              request,
              { tenant: shop.slug, path },
              { db, env: { NODE_ENV: "test" } },
            );
            await checkAnswer(response, context, path.join("/") === "session");
          } catch (error) {
            problems.push(`${context}: ${String(error).slice(0, 200)}`);
          }
        }
    expect(problems).toEqual([]);
  });

  it("refuses a NUL byte in the shop, the query or any body field with a JSON 4xx", async () => {
    const problems: string[] = [];
    const requests: [string, string[], string, string?][] = [
      ["GET", ["items"], `${shop.slug}\u0000`],
      ["GET", ["items"], "\u0000"],
      ["GET", ["items"], shop.slug, "?category=a%00b"],
      ["GET", ["items"], shop.slug, "?store=a%00b"],
      ["GET", ["items"], shop.slug, "?sort=a%00b"],
      ["GET", ["items", "a\u0000b"], shop.slug],
      ["GET", ["coupons", "available"], shop.slug],
      ["GET", ["config"], `${shop.slug}\u0000`],
    ];
    for (const [method, path, tenant, query = ""] of requests) {
      const context = `${method} ${JSON.stringify(tenant)}/${JSON.stringify(path)}${query}`;
      try {
        const request = new Request(`http://shop.test/api/storefront/v1/x/${path.join("/")}${query}`, {
          method,
        });
        const response = await handleStorefront(request, { tenant, path }, { db, env: { NODE_ENV: "test" } });
        await checkAnswer(response, context);
      } catch (error) {
        problems.push(`${context}: ${String(error).slice(0, 200)}`);
      }
    }
    const bodies: [string[], Record<string, unknown>][] = [
      [["session", "dev"], { openid: "a\u0000b" }],
      [["session"], { code: "a\u0000b" }],
      [["quote"], { lines: [{ productId: shop.productId, quantity: 1 }], coupons: ["a\u0000b"] }],
      [["coupons", "claim"], { promotionId: shop.promotionId }],
      [["deal-alerts"], { templateId: "a\u0000b" }],
    ];
    const token = await handleStorefront(
      new Request("http://shop.test/x", { method: "POST", body: JSON.stringify({ openid: "fuzz-nul" }) }),
      { tenant: shop.slug, path: ["session", "dev"] },
      { db, env: { NODE_ENV: "test" } },
    ).then(async (response) => ((await response.json()) as { token: string }).token);
    for (const [path, body] of bodies) {
      const context = `POST ${path.join("/")} ${JSON.stringify(body)}`;
      try {
        const request = new Request("http://shop.test/x", {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        const response = await handleStorefront(
          request,
          { tenant: shop.slug, path },
          { db, env: { NODE_ENV: "test" } },
        );
        await checkAnswer(response, context, path.join("/") === "session");
      } catch (error) {
        problems.push(`${context}: ${String(error).slice(0, 200)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/* ---------- POS ---------- */

const posHeaders = fc.dictionary(
  fc.constantFrom(
    POS_HEADERS.key,
    POS_HEADERS.timestamp,
    POS_HEADERS.nonce,
    POS_HEADERS.signature,
    "Idempotency-Key",
  ),
  fc.oneof(
    fc.constantFrom(
      "",
      "-1",
      "1e309",
      "NaN",
      "x".repeat(10_000),
      "pk_",
      "'; DROP TABLE pos_api_keys;--",
      "ÿÿÿ",
    ),
    fc.string({ maxLength: 60 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")),
  ),
);

const saleBody = fc.oneof(
  fc.constantFrom(...MALFORMED_BODIES),
  fc.string({ maxLength: 100 }),
  fc
    .record({
      lines: fc.oneof(
        hostileValue,
        fc.array(
          fc.oneof(
            fc.record({ productId: fc.oneof(fc.uuid().map(String), hostileLeaf), quantity: hostileLeaf }),
            fc.record({
              gtin: fc.oneof(fc.constantFrom("69012345678901", "00000000"), hostileLeaf),
              quantity: hostileLeaf,
            }),
            hostileValue,
          ),
          { maxLength: 3 },
        ),
      ),
      coupons: fc.option(fc.oneof(hostileValue, fc.array(fc.constantFrom(...HOSTILE_STRINGS.slice(0, 20))))),
      customer: fc.option(fc.oneof(hostileLeaf, fc.constantFrom(...HOSTILE_STRINGS.slice(0, 20)))),
    })
    .map((body) => {
      try {
        return JSON.stringify(body) ?? "null";
      } catch {
        return "{}";
      }
    }),
);

describe("POS handlers, fed malformed requests", () => {
  it("refuse unsigned or badly signed requests with a JSON 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(posHeaders, fc.option(fc.string({ maxLength: 200 })), async (headers, body) => {
        const request = new Request("http://shelfloop.test/api/pos/v1/sales", {
          method: "POST",
          headers,
          ...(body === null ? {} : { body }),
        });
        const response = await handlePosSale(request, { db }).catch((error: unknown) => {
          throw new Error(`threw (a 500) ${String(error)}`);
        });
        await checkAnswer(response, `headers ${show(headers)} body ${show(body)}`);
        expect(response.status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it("refuse well-signed sales with malformed bodies, oversized bodies and bad keys, never 5xx", async () => {
    const before = await countTenantRows(shop.tenantId);
    let sold = 0;
    await fc.assert(
      fc.asyncProperty(
        saleBody,
        fc.oneof(
          fc.constant(`fz-${randomUUID()}`),
          fc.constantFrom("", "short", "x".repeat(200), "bad key!"),
        ),
        fc.constantFrom(...CONTENT_TYPES),
        async (body, idempotencyKey, contentType) => {
          const request = signedRequest({
            keyId: shop.posKey.keyId,
            secret: shop.posKey.secret,
            method: "POST",
            path: "/api/pos/v1/sales",
            body,
            headers: {
              "Idempotency-Key": idempotencyKey,
              ...(contentType ? { "content-type": contentType } : {}),
            },
          });
          const response = await handlePosSale(request, { db }).catch((error: unknown) => {
            throw new Error(`threw (a 500) ${String(error)}`);
          });
          if (response.status < 300) sold++;
          await checkAnswer(response, `sale ${body.slice(0, 300)} key ${idempotencyKey.slice(0, 20)}`);
        },
      ),
      { numRuns: 120, endOnFailure: true },
    );
    const oversized = await handlePosSale(
      signedRequest({
        keyId: shop.posKey.keyId,
        secret: shop.posKey.secret,
        method: "POST",
        path: "/api/pos/v1/sales",
        body: JSON.stringify({ lines: [{ productId: shop.productId, quantity: 1 }], customer: HUGE }),
        headers: { "Idempotency-Key": `fz-${randomUUID()}` },
      }),
      { db },
    );
    expect(oversized.status).toBe(413);
    await checkAnswer(oversized, "oversized sale");
    // Nothing was sold by the refused requests (a hostile but valid sale may rarely go through).
    if (sold === 0)
      expect(await countTenantRows(shop.tenantId)).toEqual({ ...before, pos_nonces: expect.any(Number) });
  });

  it("refuse a NUL byte in any field of a well-signed sale with a JSON 4xx", async () => {
    const problems: string[] = [];
    const line = { productId: shop.productId, quantity: 1 };
    for (const sale of [
      { lines: [line], customer: "a\u0000b" },
      { lines: [line], coupons: ["a\u0000b"] },
      { lines: [{ gtin: "6901234567\u0000", quantity: 1 }] },
      { lines: [{ productId: `${shop.productId}\u0000`, quantity: 1 }] },
    ]) {
      const body = JSON.stringify(sale);
      try {
        const response = await handlePosSale(
          signedRequest({
            keyId: shop.posKey.keyId,
            secret: shop.posKey.secret,
            method: "POST",
            path: "/api/pos/v1/sales",
            body,
            headers: { "Idempotency-Key": `fz-${randomUUID()}` },
          }),
          { db },
        );
        await checkAnswer(response, body);
        if (response.status < 400) problems.push(`${body}: accepted (${response.status})`);
      } catch (error) {
        problems.push(`${body}: ${String(error).slice(0, 200)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("refuse hostile price-book queries with a JSON 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(
            "-1",
            "1e309",
            "NaN",
            "9".repeat(30),
            "",
            "0x10",
            "1.5",
            "%00",
            "'; DROP TABLE batches;--",
          ),
          fc.string({ maxLength: 30 }),
        ),
        fc.constantFrom("since", "SINCE", "since[]", "__proto__"),
        async (value, name) => {
          const path = `/api/pos/v1/pricebook?${name}=${encodeURIComponent(value)}`;
          const response = await handlePosPriceBook(
            signedRequest({ keyId: shop.posKey.keyId, secret: shop.posKey.secret, path }),
            { db },
          ).catch((error: unknown) => {
            throw new Error(`threw (a 500) ${String(error)}`);
          });
          await checkAnswer(response, path);
        },
      ),
      { numRuns: 60, endOnFailure: true },
    );
  });
});
