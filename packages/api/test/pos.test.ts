import { randomUUID } from "node:crypto";
import { createDatabase, type Database } from "@shelfloop/db";
import { createTenantFixture, type TenantFixture } from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handlePosPriceBook, handlePosSale } from "../src";
import { posShop, signedRequest } from "./pos-fixture";

let db: Database;
let shop: TenantFixture;
let helpers: ReturnType<typeof posShop>;
let key: { id: string; keyId: string; secret: string };

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  db = createDatabase(url, 4);
  shop = await createTenantFixture(db, "pos");
  helpers = posShop(db, shop);
  key = await helpers.key();
});
afterAll(() => db.$disconnect());

const deps = () => ({ db });

/** The fields these tests read of an answer (a refusal, a price book or a delta). */
interface Answer {
  code?: string;
  entries: { batchId: string }[];
  upserts: { batchId: string; version: number }[];
  removals: { batchId: string }[];
}
const read = async (response: Response) => (await response.json()) as Answer;
const getBook = (since?: number, overrides: Partial<Parameters<typeof signedRequest>[0]> = {}) =>
  handlePosPriceBook(
    signedRequest({
      ...key,
      path: `/api/pos/v1/pricebook${since === undefined ? "" : `?since=${since}`}`,
      ...overrides,
    }),
    deps(),
  );

async function sell(idempotencyKey: string, sale: unknown) {
  const body = JSON.stringify(sale);
  const response = await handlePosSale(
    signedRequest({
      ...key,
      method: "POST",
      path: "/api/pos/v1/sales",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
    }),
    deps(),
  );
  return { response, json: (await response.json()) as Record<string, unknown> };
}

describe("POS request signing", () => {
  it("accepts a well-signed request", async () => {
    const response = await getBook();
    expect(response.status).toBe(200);
    expect(await read(response)).toMatchObject({ full: true, version: 0, entries: [] });
  });

  it("refuses a wrong secret, a stale timestamp and a replayed nonce", async () => {
    const wrong = await getBook(undefined, { secret: `${key.secret}x` });
    expect([wrong.status, (await read(wrong)).code]).toEqual([401, "BAD_SIGNATURE"]);

    const stale = await getBook(undefined, { timestamp: Date.now() - 6 * 60 * 1000 });
    expect([stale.status, (await read(stale)).code]).toEqual([401, "STALE_TIMESTAMP"]);

    const nonce = randomUUID().replaceAll("-", "");
    expect((await getBook(undefined, { nonce })).status).toBe(200);
    const replay = await getBook(undefined, { nonce });
    expect([replay.status, (await read(replay)).code]).toEqual([401, "REPLAYED_NONCE"]);
  });

  it("refuses a body other than the one signed", async () => {
    const request = signedRequest({
      ...key,
      method: "POST",
      path: "/api/pos/v1/sales",
      body: '{"lines":[]}',
    });
    const tampered = new Request(request.url, {
      method: "POST",
      headers: request.headers,
      body: '{"lines":[1]}',
    });
    const response = await handlePosSale(tampered, deps());
    expect([response.status, (await read(response)).code]).toEqual([401, "BAD_SIGNATURE"]);
  });

  it("refuses an oversized body with 413", async () => {
    const body = JSON.stringify({ lines: [], padding: "x".repeat(300 * 1024) });
    const request = signedRequest({ ...key, method: "POST", path: "/api/pos/v1/sales", body });
    const response = await handlePosSale(request, deps());
    expect([response.status, (await read(response)).code]).toEqual([413, "BODY_TOO_LARGE"]);
  });

  it("refuses a revoked key as unknown", async () => {
    const revoked = await helpers.key();
    await helpers.inTenant((tx) =>
      tx.posApiKey.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } }),
    );
    const response = await getBook(undefined, revoked);
    expect([response.status, (await read(response)).code]).toEqual([401, "UNKNOWN_KEY"]);
  });
});

describe("POS price book", () => {
  it("gives, from any version, the delta that brings that version's book up to date", async () => {
    const product = await helpers.product("酸奶");
    const [a, b, c] = await Promise.all([
      helpers.batch(product.id, 5, 10),
      helpers.batch(product.id, 6, 10),
      helpers.batch(product.id, 7, 10),
    ]);
    const other = await helpers.inTenant((tx) =>
      tx.warehouse.create({ data: { tenantId: shop.tenantId, code: "WH-2", name: "二号店" } }),
    );
    const elsewhere = await helpers.batch(product.id, 5, 10, other.id);
    const entry = (batchId: string, addedVersion: number, removedVersion: number | null = null) => ({
      tenantId: shop.tenantId,
      channel: "POS",
      productId: product.id,
      batchId,
      promotionId: randomUUID(),
      priceFen: 600 + addedVersion,
      originalPriceFen: 800,
      badge: "临期特价",
      validFrom: new Date(),
      validTo: new Date(Date.now() + 86_400_000),
      addedVersion,
      removedVersion,
    });
    // v1 adds a, v2 adds b and the other store's batch, v3 removes a, v4 adds c and removes b.
    const rows = [entry(a.id, 1, 3), entry(b.id, 2, 4), entry(elsewhere.id, 2), entry(c.id, 4)];
    await helpers.inTenant(async (tx) => {
      await tx.priceBookEntry.createMany({ data: rows });
      await tx.tenant.update({ where: { id: shop.tenantId }, data: { priceBookVersion: 4 } });
    });

    const full = await read(await getBook());
    expect(full).toMatchObject({ full: true, version: 4 });
    expect(full.entries.map((e) => e.batchId)).toEqual([c.id]);

    const local = new Set([a.id, b.id, c.id]);
    const bookAt = (version: number) =>
      rows
        .filter((row) => local.has(row.batchId) && row.addedVersion <= version)
        .filter((row) => row.removedVersion === null || row.removedVersion > version)
        .map((row) => row.batchId)
        .sort();
    for (const since of [0, 1, 2, 3, 4]) {
      const delta = await read(await getBook(since));
      expect(delta).toMatchObject({ full: false, version: 4, since });
      // Only what changed after `since`, so a till up to date gets nothing.
      for (const upsert of delta.upserts) expect(upsert.version).toBeGreaterThan(since);
      const removed = new Set(delta.removals.map((r) => r.batchId));
      const applied = [
        ...bookAt(since).filter((id) => !removed.has(id)),
        ...delta.upserts.map((u) => u.batchId),
      ].sort();
      expect(applied, `since ${since}`).toEqual(bookAt(4));
    }
    expect((await getBook(undefined, { path: "/api/pos/v1/pricebook?since=-1" })).status).toBe(400);
  });
});

describe("POS sales", () => {
  it("draws the promoted batch's reserved units first, then FEFO, and prices them", async () => {
    const product = await helpers.product("鲜牛奶", "6901234567892");
    const later = await helpers.batch(product.id, 9, 20);
    const promoted = await helpers.batch(product.id, 3, 10);
    const expired = await helpers.batch(product.id, -1, 30);
    const promotion = await helpers.promotion(promoted.id, 5, 600);

    const { response, json } = await sell("sale-promoted-1", {
      lines: [{ gtin: "6901234567892", quantity: 7 }],
    });
    expect(response.status).toBe(201);
    // 5 reserved units at ¥6.00, then 2 at list price from the soonest-expiring unreserved units.
    expect(json).toMatchObject({ subtotalFen: 5600, totalFen: 4600 });
    const rows = await helpers.inTenant((tx) =>
      tx.batch.findMany({ where: { id: { in: [later.id, promoted.id, expired.id] } } }),
    );
    const after = new Map(rows.map((row) => [row.id, row]));
    expect(after.get(promoted.id)).toMatchObject({ qtyOnHand: 3, qtyReserved: 0 });
    expect(after.get(later.id)).toMatchObject({ qtyOnHand: 20 });
    expect(after.get(expired.id)).toMatchObject({ qtyOnHand: 30 });
    const sold = await helpers.inTenant((tx) =>
      tx.promotion.findUniqueOrThrow({ where: { id: promotion.id } }),
    );
    expect(sold.soldQty).toBe(5);
  });

  it("refuses expired stock with 409 and writes nothing", async () => {
    const product = await helpers.product("过期面包");
    const expired = await helpers.batch(product.id, -2, 10);
    const { response, json } = await sell("sale-expired-1", {
      lines: [{ productId: product.id, quantity: 1 }],
    });
    expect(response.status).toBe(409);
    expect(json.message).toMatch(/库存不足/);
    const movements = await helpers.inTenant((tx) =>
      tx.stockMovement.count({ where: { batchId: expired.id } }),
    );
    expect(movements).toBe(0);
  });

  it("answers a repeated Idempotency-Key with the first receipt and moves stock once", async () => {
    const product = await helpers.product("豆浆");
    await helpers.batch(product.id, 6, 10);
    const sale = { lines: [{ productId: product.id, quantity: 2 }] };
    const first = await sell("sale-idem-0001", sale);
    const again = await sell("sale-idem-0001", sale);
    expect(first.response.status).toBe(201);
    expect(again.response.status).toBe(200);
    expect(again.response.headers.get("idempotent-replayed")).toBe("true");
    expect(again.json).toEqual(first.json);
    const movements = await helpers.inTenant((tx) =>
      tx.stockMovement.count({
        where: { referenceType: "POS_SALE", referenceId: String(first.json.saleId) },
      }),
    );
    expect(movements).toBe(1);

    const different = await sell("sale-idem-0001", { lines: [{ productId: product.id, quantity: 3 }] });
    expect([different.response.status, different.json.code]).toEqual([422, "IDEMPOTENCY_KEY_REUSED"]);
  });

  it("redeems the applied coupon once", async () => {
    const product = await helpers.product("奶酪");
    const batch = await helpers.batch(product.id, 4, 10);
    const promotion = await helpers.promotion(batch.id, 2, 700);
    const code = `C${randomUUID().replaceAll("-", "").slice(0, 11).toUpperCase()}`;
    await helpers.inTenant((tx) =>
      tx.coupon.create({
        data: {
          tenantId: shop.tenantId,
          promotionId: promotion.id,
          code,
          terms: { type: "AMOUNT_OFF", params: { amountFen: 100 } },
          minSpendFen: 0,
          validFrom: new Date(Date.now() - 86_400_000),
          validTo: new Date(Date.now() + 86_400_000),
        },
      }),
    );
    const sale = { lines: [{ productId: product.id, quantity: 1 }], coupons: [code] };
    const first = await sell("sale-coupon-1", sale);
    expect(first.response.status).toBe(201);
    expect(first.json).toMatchObject({ coupon: { code, discountFen: 100 }, totalFen: 600 });
    const again = await sell("sale-coupon-2", sale);
    expect(again.response.status).toBe(409);
    expect(again.json.message).toMatch(/已使用/);
  });

  it("serves two tills selling the same products in opposite orders without deadlock", async () => {
    const [a, b] = await Promise.all([helpers.product("苹果汁"), helpers.product("橙汁")]);
    await Promise.all([helpers.batch(a.id, 5, 10), helpers.batch(b.id, 5, 10)]);
    const line = (productId: string) => ({ productId, quantity: 1 });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, k) =>
        sell(`sale-race-${k}-0000`, { lines: k % 2 ? [line(a.id), line(b.id)] : [line(b.id), line(a.id)] }),
      ),
    );
    expect(results.map((r) => r.response.status)).toEqual(Array(6).fill(201));
    const left = await helpers.inTenant((tx) =>
      tx.batch.findMany({ where: { productId: { in: [a.id, b.id] } }, select: { qtyOnHand: true } }),
    );
    expect(left.map((row) => row.qtyOnHand)).toEqual([4, 4]);
  });
});
