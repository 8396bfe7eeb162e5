import { createDatabase, type Database, withTenant } from "@shelfloop/db";
import { createMemberFixture, createTenantFixture, type TenantFixture } from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext, handlePosPriceBook, posOpenApi } from "../src";
import { signedRequest } from "./pos-fixture";

const createCaller = createCallerFactory(appRouter);
let db: Database;
let shop: TenantFixture;
let staffId: string;

const as = (userId: string) =>
  createCaller(createTRPCContext({ db, session: { userId, tenantId: shop.tenantId } }));

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  db = createDatabase(url, 4);
  shop = await createTenantFixture(db, "pos-console", "ADMIN");
  staffId = (await createMemberFixture(db, shop.tenantId, "STAFF")).userId;
});
afterAll(() => db.$disconnect());

describe("POS keys in the console", () => {
  it("shows the secret once, lists the key without it, and a revoked key stops working", async () => {
    const admin = as(shop.userId);
    const created = await admin.pos.createKey({ warehouseId: shop.warehouseId, name: "1 号收银台" });
    expect(created.secret).toMatch(/^sk_/);
    const [listed] = await admin.pos.listKeys();
    expect(listed).toMatchObject({ keyId: created.keyId, name: "1 号收银台", revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const call = () =>
      handlePosPriceBook(signedRequest({ ...created, path: "/api/pos/v1/pricebook" }), { db });
    expect((await call()).status).toBe(200);
    await admin.pos.revokeKey({ id: created.id });
    expect((await call()).status).toBe(401);
    await expect(admin.pos.revokeKey({ id: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audited = await withTenant(db, { tenantId: shop.tenantId }, (tx) =>
      tx.auditLog.findMany({ where: { entityId: created.id }, orderBy: { createdAt: "asc" } }),
    );
    expect(audited.map((row) => row.action)).toEqual(["pos_key.created", "pos_key.revoked"]);
    expect(JSON.stringify(audited)).not.toContain(created.secret);
  });

  it("is for admins only", async () => {
    await expect(as(staffId).pos.listKeys()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as(staffId).webhook.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("webhook subscriptions in the console", () => {
  it("adds a webhook (secret shown once) and a Youzan subscription, and replays a dead delivery", async () => {
    const admin = as(shop.userId);
    const hook = await admin.webhook.create({
      kind: "WEBHOOK",
      name: "自建商城",
      url: "https://mall.example.cn/hooks/shelfloop",
      events: ["pricebook.published"],
    });
    expect(hook.secret).toMatch(/^whsec_/);
    const youzan = await admin.webhook.create({
      kind: "YOUZAN",
      name: "有赞微商城",
      events: ["pricebook.published"],
      clientSecret: "yz-secret",
      settings: {
        clientId: "yz-client",
        kdtId: "91001",
        skus: { [shop.productId]: { itemId: 501, skuId: 9001 } },
      },
    });
    expect(youzan.secret).toBeNull();
    const list = await admin.webhook.list();
    expect(list.map((s) => [s.kind, s.active])).toEqual([
      ["WEBHOOK", true],
      ["YOUZAN", true],
    ]);
    expect(list[1]?.youzan).toEqual({
      clientId: "yz-client",
      kdtId: "91001",
      skus: { [shop.productId]: { itemId: 501, skuId: 9001 } },
    });
    expect(JSON.stringify(list)).not.toContain("yz-secret");

    await expect(
      admin.webhook.create({ kind: "WEBHOOK", name: "x", url: "ftp://x", events: ["pricebook.published"] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const dead = await withTenant(db, { tenantId: shop.tenantId }, (tx) =>
      tx.webhookDelivery.create({
        data: {
          tenantId: shop.tenantId,
          subscriptionId: hook.id,
          version: 1,
          event: "pricebook.published",
          status: "DEAD",
          attempts: 5,
          lastError: "HTTP 503",
        },
      }),
    );
    expect(await admin.webhook.deliveries({ subscriptionId: hook.id, status: "DEAD" })).toHaveLength(1);
    await admin.webhook.setActive({ id: hook.id, active: false });
    // Paused, so the inline delivery after the replay leaves it queued.
    expect(await admin.webhook.replay({ deliveryId: dead.id })).toEqual({ mode: "inline" });
    const [row] = await admin.webhook.deliveries({ subscriptionId: hook.id });
    expect(row).toMatchObject({ status: "PENDING", attempts: 0, lastError: null });
    await admin.webhook.remove({ id: youzan.id });
    expect(await admin.webhook.list()).toHaveLength(1);
  });
});

describe("the OpenAPI document", () => {
  it("describes both endpoints, the signature headers and the idempotency key", () => {
    const doc = posOpenApi as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(["/v1/pricebook", "/v1/sales"]);
    const text = JSON.stringify(doc);
    for (const header of [
      "X-Shelfloop-Key",
      "X-Shelfloop-Timestamp",
      "X-Shelfloop-Nonce",
      "X-Shelfloop-Signature",
    ])
      expect(text).toContain(header);
    expect(text).toContain("Idempotency-Key");
  });
});
