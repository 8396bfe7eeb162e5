import { loadLabelFonts } from "@shelfloop/channels/label-fonts";
import { createDatabase, type Database } from "@shelfloop/db";
import {
  createMemberFixture,
  createPromotionFixture,
  createTenantFixture,
  type TenantFixture,
} from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext, handleLabelPdf } from "../src";

const createCaller = createCallerFactory(appRouter);
let db: Database;
let shop: TenantFixture;
let other: TenantFixture;

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  shop = await createTenantFixture(db, "labels");
  other = await createTenantFixture(db, "labels-other");
});
afterAll(() => db.$disconnect());

const caller = (member: { userId: string; tenantId: string }) =>
  createCaller(createTRPCContext({ db, session: member }));
const pdf = (member: { userId: string; tenantId: string } | null, query: Record<string, string>) =>
  handleLabelPdf(new Request(`http://console.test/api/labels?${new URLSearchParams(query)}`), member, {
    db,
    fonts: loadLabelFonts,
    itemUrl: (slug, batchId) => `https://m.test/m/${slug}/${batchId}`,
  });

describe("clearance labels", () => {
  it("print a store's current deals as a PDF, then only what changed since", async () => {
    const empty = await pdf(shop, { warehouse: shop.warehouseId });
    expect(empty.status).toBe(409);
    const id = await createPromotionFixture(db, shop, {
      terms: { type: "SPECIAL_PRICE", params: { unitPriceFen: 600 } },
    });
    await caller(shop).promotion.approve({ id, comment: "上架" });
    expect(await caller(shop).label.status()).toEqual([
      expect.objectContaining({
        warehouseId: shop.warehouseId,
        current: 1,
        toReprint: 1,
        lastPrintedAt: null,
      }),
    ]);

    const printed = await pdf(shop, { warehouse: shop.warehouseId, layout: "single" });
    expect(printed.status).toBe(200);
    expect(printed.headers.get("content-type")).toBe("application/pdf");
    expect(printed.headers.get("content-disposition")).toContain("filename*=UTF-8''");
    const bytes = Buffer.from(await printed.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");

    expect(await caller(shop).label.status()).toEqual([
      expect.objectContaining({ current: 1, toReprint: 0, lastPrintedAt: expect.any(Date) }),
    ]);
    const unchanged = await pdf(shop, { warehouse: shop.warehouseId, scope: "CHANGED" });
    expect(unchanged.status).toBe(409);
    expect(await unchanged.json()).toEqual({ error: { message: "自上次打印后没有价格变化的价签" } });

    await caller(shop).promotion.cancel({ id, comment: "撤下" });
    expect(await caller(shop).label.status()).toEqual([expect.objectContaining({ current: 0, toRemove: 1 })]);
  });

  it("refuses without a session, below staff, for another tenant's store and for bad parameters", async () => {
    expect((await pdf(null, { warehouse: shop.warehouseId })).status).toBe(401);
    const viewer = await createMemberFixture(db, shop.tenantId, "VIEWER");
    expect(
      (await pdf({ userId: viewer.userId, tenantId: shop.tenantId }, { warehouse: shop.warehouseId })).status,
    ).toBe(403);
    expect((await pdf(other, { warehouse: shop.warehouseId })).status).toBe(404);
    const bad = await pdf(shop, { warehouse: shop.warehouseId, layout: "a3" });
    expect(bad.status).toBe(400);
  });
});

describe("markdown advisor", () => {
  it("advises on a batch of the tenant and hides another tenant's", async () => {
    const advice = await caller(shop).batch.advice({ id: shop.batchId });
    expect(advice).toMatchObject({ batchId: shop.batchId, status: "ok", explanation: expect.any(String) });
    expect(advice.explanation.length).toBeGreaterThan(5);
    await expect(caller(other).batch.advice({ id: shop.batchId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
