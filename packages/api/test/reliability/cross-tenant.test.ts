import { randomUUID } from "node:crypto";
import { createDatabase, type Database, withTenant } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handlePosPriceBook, handlePosSale, handleStorefront } from "../../src";
import { signedRequest } from "../pos-fixture";
import {
  type Caller,
  callerFor,
  callPath,
  createRichTenant,
  INPUTS,
  idsIn,
  procedurePaths,
  snapshotTenant,
  type TenantData,
} from "./cross-tenant-fixtures";

/*
 * Tenant isolation, generated from the router: every procedure is called by tenant B's owner with
 * tenant A's identifiers, and must refuse (NOT_FOUND / FORBIDDEN, or the codes its fixture names and
 * explains) or answer without any of A's data. Afterwards A's rows must be exactly as they were.
 */

let db: Database;
let a: TenantData;
let b: TenantData;
let asB: Caller;
let before: Record<string, string[]>;
/** A's ids (its rows' and the ids they reference), less any that are also B's own. */
let foreignIds: Set<string>;
let foreignSecrets: string[];

const PATHS = procedurePaths();

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  a = await createRichTenant(db, "xt-a");
  b = await createRichTenant(db, "xt-b");
  // B's owner is also a member of A, with a notification there: the user is shared, the tenants are not.
  await withTenant(db, { tenantId: a.tenantId }, async (tx) => {
    await tx.membership.create({ data: { tenantId: a.tenantId, userId: b.ownerUserId, role: "STAFF" } });
    await tx.notification.create({
      data: {
        tenantId: a.tenantId,
        userId: b.ownerUserId,
        kind: "tier",
        title: "A 给 B 店主的通知",
        body: "…",
      },
    });
  });
  asB = callerFor(db, { userId: b.ownerUserId, tenantId: b.tenantId });
  before = await snapshotTenant(a.tenantId);
  const own = idsIn(await snapshotTenant(b.tenantId));
  own.add(b.ownerUserId);
  foreignIds = new Set([...idsIn(before)].filter((id) => !own.has(id)));
  foreignSecrets = [a.posKey.secret, a.invitationToken, "wecom-key-xt-a", ...a.couponCodes];
}, 180_000);
afterAll(() => db?.$disconnect());

/** The first of A's ids or secrets found in `value`'s JSON, if any. */
function leakIn(value: unknown): string | undefined {
  const text = (JSON.stringify(value) ?? "").toLowerCase();
  for (const id of foreignIds) if (text.includes(id)) return id;
  return foreignSecrets.find((secret) => text.includes(secret.toLowerCase()));
}

describe("every tRPC procedure, called by tenant B's owner with tenant A's identifiers", () => {
  it("has an input fixture (and no fixture names a procedure the router lacks)", () => {
    const missing = PATHS.filter((path) => !INPUTS[path]).map((path) => `add an input fixture for ${path}`);
    const stale = Object.keys(INPUTS)
      .filter((path) => !PATHS.includes(path))
      .map((path) => `remove the input fixture for ${path}: the router has no such procedure`);
    expect([...missing, ...stale]).toEqual([]);
    expect(PATHS.length).toBeGreaterThanOrEqual(70);
  });

  it.each(PATHS)("%s refuses A's ids or answers without A's data", async (path) => {
    const build = INPUTS[path];
    if (!build) throw new Error(`add an input fixture for ${path} in test/cross-tenant-fixtures.ts`);
    const cases = build(a, b);
    expect(cases.length).toBeGreaterThan(0);
    for (const [index, { input, expect: outcome }] of cases.entries()) {
      const label = `${path} case ${index} ${JSON.stringify(input)}`;
      const result = await callPath(asB, path, input).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      if ("ok" in outcome) {
        if (!result.ok) throw new Error(`${label}: expected success, got ${String(result.error)}`);
        expect(leakIn(result.value), `${label}: the answer contains A's data`).toBeUndefined();
        continue;
      }
      if (result.ok) {
        throw new Error(
          `${label}: expected a refusal (${outcome.refused.join("/")}), got ${JSON.stringify(result.value)}`,
        );
      }
      expect(result.error, label).toBeInstanceOf(TRPCError);
      const error = result.error as TRPCError;
      expect(outcome.refused, `${label}: refused with ${error.code} "${error.message}"`).toContain(
        error.code,
      );
      expect(leakIn(error.message), `${label}: the refusal names A's data`).toBeUndefined();
    }
  });
});

/* ---------- Public HTTP ---------- */

/** A priced answer in which A's coupon codes appear only among the rejected, and nothing else of A's. */
function expectOnlyRejected(priced: { coupon?: unknown; rejectedCoupons?: { code: string }[] }) {
  const { rejectedCoupons = [], ...rest } = priced;
  expect(rejectedCoupons.map((coupon) => coupon.code).sort()).toEqual([...a.couponCodes].sort());
  expect(rest.coupon ?? null).toBeNull();
  expect(leakIn(rest)).toBeUndefined();
}

interface HttpAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the tests read the answers' JSON freely
  body: any;
}

async function storefront(
  method: "GET" | "POST",
  path: string,
  options: { body?: unknown; token?: string; tenant?: string } = {},
): Promise<HttpAnswer> {
  const tenant = options.tenant ?? b.slug;
  const url = `http://shop.test/api/storefront/v1/${tenant}/${path}`;
  const headers = new Headers();
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  const request = new Request(url, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const segments = new URL(url).pathname.split("/").slice(5);
  const response = await handleStorefront(
    request,
    { tenant, path: segments },
    { db, env: { NODE_ENV: "test" } },
  );
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const devToken = async (tenant: string, openid: string): Promise<string> => {
  const answer = await storefront("POST", "session/dev", { body: { openid }, tenant });
  expect(answer.status).toBe(200);
  return answer.body.token;
};

describe("storefront, with tenant B's slug and tenant A's ids", () => {
  it("does not show A's batches", async () => {
    for (const id of [a.batchId, a.receivedBatchId]) {
      const answer = await storefront("GET", `items/${id}`);
      expect(answer.status, `items/${id}`).toBe(404);
      expect(leakIn(answer.body)).toBeUndefined();
    }
    for (const query of [
      `store=${a.warehouseId}`,
      "sort=expiry",
      `category=${encodeURIComponent("乳制品")}`,
    ]) {
      const answer = await storefront("GET", `items?${query}`);
      expect(answer.status, query).toBe(200);
      expect(leakIn(answer.body), query).toBeUndefined();
    }
  });

  it("does not quote A's products or accept A's coupons", async () => {
    const foreign = await storefront("POST", "quote", {
      body: { lines: [{ productId: a.productId, quantity: 1 }] },
    });
    expect([404, 400], JSON.stringify(foreign.body)).toContain(foreign.status);
    expect(leakIn(foreign.body)).toBeUndefined();

    const coupons = await storefront("POST", "quote", {
      body: { lines: [{ productId: b.productId, quantity: 1 }], coupons: a.couponCodes },
    });
    // B's product is priced; A's codes come back only as rejected (an echo of what was sent).
    expect(coupons.status, JSON.stringify(coupons.body)).toBe(200);
    expectOnlyRejected(coupons.body.quote);
  });

  it("does not let B's consumer claim A's promotion's coupons", async () => {
    const token = await devToken(b.slug, `xt-consumer-${randomUUID().slice(0, 8)}`);
    const claim = await storefront("POST", "coupons/claim", { body: { promotionId: a.promotionId }, token });
    expect([404, 403], JSON.stringify(claim.body)).toContain(claim.status);
    const mine = await storefront("GET", "coupons/mine", { token });
    expect(mine.status).toBe(200);
    expect(leakIn(mine.body)).toBeUndefined();
  });

  it("does not record a deal alert for A's product, nor list A's coupon campaigns", async () => {
    const templateId = "XT-deal-alert-0001";
    await asB.miniapp.saveSettings({
      appId: b.miniappAppId,
      dealAlert: { templateId, fields: { product: "thing1", price: "amount2", expiry: "date3" } },
    });
    const token = await devToken(b.slug, `xt-alert-${randomUUID().slice(0, 8)}`);
    const alert = await storefront("POST", "deal-alerts", {
      body: { productId: a.productId, templateId },
      token,
    });
    expect(alert.status, JSON.stringify(alert.body)).toBe(404);
    const available = await storefront("GET", "coupons/available");
    expect(available.status).toBe(200);
    expect(leakIn(available.body)).toBeUndefined();
  });

  it("does not accept A's consumer session on B's storefront", async () => {
    const aToken = await devToken(a.slug, "openid-xt-a");
    const mine = await storefront("GET", "coupons/mine", { token: aToken });
    expect(mine.status).toBe(401);
    const claim = await storefront("POST", "coupons/claim", {
      body: { promotionId: b.promotionId },
      token: aToken,
    });
    expect(claim.status).toBe(401);
  });
});

describe("POS open API, signed with tenant B's key, referencing tenant A's data", () => {
  /** The fields these tests read of a POS refusal. */
  type Refusal = { code?: string; message?: string; field?: string };
  const sale = (lines: unknown[], extra: Record<string, unknown> = {}) => {
    const body = JSON.stringify({ lines, ...extra });
    return handlePosSale(
      signedRequest({
        keyId: b.posKey.keyId,
        secret: b.posKey.secret,
        method: "POST",
        path: "/api/pos/v1/sales",
        body,
        headers: { "Idempotency-Key": `xt-${randomUUID()}` },
      }),
      { db },
    );
  };

  it("refuses a sale of A's product, by id or by barcode", async () => {
    for (const line of [
      { productId: a.productId, quantity: 1 },
      { gtin: a.productGtin, quantity: 1 },
    ]) {
      const response = await sale([line]);
      const body = (await response.json()) as Refusal;
      expect([400, 404], JSON.stringify(body)).toContain(response.status);
      expect(body.message).toEqual(expect.any(String));
      expect(leakIn(body)).toBeUndefined();
    }
  });

  it("does not redeem A's coupon in B's sale", async () => {
    const response = await sale([{ productId: b.productId, quantity: 1 }], { coupons: a.couponCodes });
    const body = (await response.json()) as Refusal;
    // A's code does not exist for B: the sale is refused, naming only the code the till sent.
    expect([response.status, body.code, body.field], JSON.stringify(body)).toEqual([
      400,
      "BAD_REQUEST",
      "coupons",
    ]);
    let rest = JSON.stringify(body);
    for (const code of a.couponCodes) rest = rest.replaceAll(code, "");
    expect(leakIn(JSON.parse(rest))).toBeUndefined();
  });

  it("answers B's price book without A's batches, and refuses A's key id with B's secret", async () => {
    const book = await handlePosPriceBook(
      signedRequest({ keyId: b.posKey.keyId, secret: b.posKey.secret, path: "/api/pos/v1/pricebook" }),
      { db },
    );
    expect(book.status).toBe(200);
    expect(leakIn(await book.json())).toBeUndefined();
    const forged = await handlePosPriceBook(
      signedRequest({ keyId: a.posKey.keyId, secret: b.posKey.secret, path: "/api/pos/v1/pricebook" }),
      { db },
    );
    expect(forged.status).toBe(401);
  });
});

describe("afterwards", () => {
  it("tenant A's rows are exactly as they were", async () => {
    const after = await snapshotTenant(a.tenantId);
    expect(Object.keys(after).length).toBeGreaterThan(15);
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  });
});
