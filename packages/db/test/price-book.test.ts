import { randomUUID } from "node:crypto";
import { todayIn } from "@shelfloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  approvePromotion,
  cancelPromotion,
  currentPriceBook,
  type Database,
  loadPricingContext,
  type PriceBookEntry,
  priceBookDelta,
  relayOutbox,
  withTenant,
} from "../src";
import { createPromotionFixture, createTenantFixture, type TenantFixture } from "../src/testing";
import { appDatabase } from "./env";

const TODAY = todayIn("Asia/Shanghai");

let db: Database;
beforeAll(() => {
  db = appDatabase();
});
afterAll(() => db.$disconnect());

const manager = (f: TenantFixture) => ({ tenantId: f.tenantId, userId: f.userId });
const inTenant = <T>(f: TenantFixture, work: Parameters<typeof withTenant<T>>[2]) =>
  withTenant(db, { tenantId: f.tenantId }, work);

/** A tenant whose batch (list ¥8.00, cost ¥5.00) has a pending 特价 ¥6.00 promotion on MINIAPP and POS. */
async function pending(label: string) {
  const fixture = await createTenantFixture(db, label);
  const promotionId = await createPromotionFixture(db, fixture, {
    terms: { type: "SPECIAL_PRICE", params: { unitPriceFen: 600 } },
  });
  return { fixture, promotionId };
}

const approve = (f: TenantFixture, id: string) =>
  inTenant(f, (tx) => approvePromotion(tx, manager(f), id, null, new Date()));
const cancel = (f: TenantFixture, id: string) =>
  inTenant(f, (tx) => cancelPromotion(tx, manager(f), id, "测试"));
const book = (f: TenantFixture, channel: string) => inTenant(f, (tx) => currentPriceBook(tx, { channel }));

describe("publishing the price book", () => {
  it("activation publishes the next version with one entry per channel and an outbox row", async () => {
    const { fixture, promotionId } = await pending("pb-activate");
    await approve(fixture, promotionId);
    const [versions, outbox, pos, mall] = await inTenant(fixture, (tx) =>
      Promise.all([
        tx.priceBookVersion.findMany(),
        tx.outboxEvent.findMany({ where: { topic: "pricebook.published" } }),
        currentPriceBook(tx, { channel: "POS" }),
        currentPriceBook(tx, { channel: "MALL" }),
      ]),
    );
    expect(versions).toMatchObject([{ version: 1, reason: "promotion.approved", promotionId }]);
    expect(outbox).toMatchObject([
      {
        topic: "pricebook.published",
        payload: { tenantId: fixture.tenantId, version: 1 },
        publishedAt: null,
      },
    ]);
    expect(pos.version).toBe(1);
    expect(pos.entries).toMatchObject([
      {
        batchId: fixture.batchId,
        productId: fixture.productId,
        promotionId,
        priceFen: 600,
        originalPriceFen: 800,
        badge: "临期特价 ¥6.00",
        version: 1,
      },
    ]);
    expect(mall.entries).toEqual([]);
  });

  it("prices a percentage off on the shelf and leaves n-th item and bundle deals at list price with their badge", async () => {
    const fixture = await createTenantFixture(db, "pb-kinds");
    const percent = await createPromotionFixture(db, fixture, {
      terms: { type: "PERCENT_OFF", params: { percentOff: 15 } },
    });
    await approve(fixture, percent);
    expect((await book(fixture, "MINIAPP")).entries).toMatchObject([
      { priceFen: 680, badge: "临期直降 15%" },
    ]);
    await cancel(fixture, percent);
    const nth = await createPromotionFixture(db, fixture, {
      terms: { type: "NTH_ITEM_PERCENT_OFF", params: { n: 2, percentOff: 50 } },
    });
    await approve(fixture, nth);
    expect((await book(fixture, "MINIAPP")).entries).toMatchObject([
      { priceFen: 800, originalPriceFen: 800, badge: "临期第 2 件 5 折", version: 3 },
    ]);
    await cancel(fixture, nth);
    const partner = await inTenant(fixture, (tx) =>
      tx.product.create({
        data: {
          tenantId: fixture.tenantId,
          sku: "SKU-PARTNER",
          name: "伙伴 酸奶",
          category: "乳制品",
          shelfLifeDays: 21,
          costFen: 300,
          listPriceFen: 600,
        },
      }),
    );
    const bundle = await createPromotionFixture(db, fixture, {
      terms: { type: "BUNDLE", params: { partnerProductId: partner.id, bundlePriceFen: 1000 } },
    });
    await approve(fixture, bundle);
    expect((await book(fixture, "POS")).entries).toMatchObject([
      { priceFen: 800, badge: "临期与「伙伴 酸奶」捆绑 ¥10.00", version: 5 },
    ]);
    // A cart of the promoted product is priced with the partner it can be bundled with.
    const context = await inTenant(fixture, (tx) =>
      loadPricingContext(tx, { channel: "POS", productIds: [fixture.productId], today: TODAY }),
    );
    expect(context.products.map((p) => p.id).sort()).toEqual([fixture.productId, partner.id].sort());
  });

  it("a rolled-back promotion change publishes nothing", async () => {
    const { fixture, promotionId } = await pending("pb-rollback");
    await expect(
      inTenant(fixture, async (tx) => {
        await approvePromotion(tx, manager(fixture), promotionId, null, new Date());
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const state = await inTenant(fixture, async (tx) => ({
      tenant: await tx.tenant.findFirstOrThrow(),
      entries: await tx.priceBookEntry.count(),
      outbox: await tx.outboxEvent.count(),
      versions: await tx.priceBookVersion.count(),
    }));
    expect(state).toMatchObject({ tenant: { priceBookVersion: 0 }, entries: 0, outbox: 0, versions: 0 });
  });

  it("deactivation publishes the version after, removing the entries", async () => {
    const { fixture, promotionId } = await pending("pb-cancel");
    await approve(fixture, promotionId);
    await cancel(fixture, promotionId);
    const pos = await book(fixture, "POS");
    expect(pos).toEqual({ version: 2, entries: [] });
    const rows = await inTenant(fixture, (tx) => tx.priceBookEntry.findMany());
    expect(rows.map((row) => [row.addedVersion, row.removedVersion])).toEqual([
      [1, 2],
      [1, 2],
    ]);
    const delta = await inTenant(fixture, (tx) => priceBookDelta(tx, { channel: "POS", since: 1 }));
    expect(delta).toEqual({
      version: 2,
      upserts: [],
      removals: [{ batchId: fixture.batchId, productId: fixture.productId, promotionId }],
    });
  });

  it("the delta from every earlier version rebuilds the current book", async () => {
    const fixture = await createTenantFixture(db, "pb-delta");
    const snapshots: PriceBookEntry[][] = [[]];
    const snapshot = async () => snapshots.push((await book(fixture, "MINIAPP")).entries);
    for (const unitPriceFen of [700, 650, 600]) {
      const id = await createPromotionFixture(db, fixture, {
        terms: { type: "SPECIAL_PRICE", params: { unitPriceFen } },
      });
      await approve(fixture, id);
      await snapshot();
      if (unitPriceFen !== 600) {
        await cancel(fixture, id);
        await snapshot();
      }
    }
    const current = await book(fixture, "MINIAPP");
    expect(current.version).toBe(5);
    const key = (e: { promotionId: string }) => e.promotionId;
    for (const [since, earlier] of snapshots.entries()) {
      const delta = await inTenant(fixture, (tx) => priceBookDelta(tx, { channel: "MINIAPP", since }));
      const removed = new Set(delta.removals.map(key));
      const upserted = new Set(delta.upserts.map(key));
      const rebuilt = [
        ...earlier.filter((e) => !removed.has(key(e)) && !upserted.has(key(e))),
        ...delta.upserts,
      ];
      expect(rebuilt, `delta since ${since}`).toEqual(current.entries);
    }
  });

  it("concurrent publishes for one tenant get distinct consecutive versions", async () => {
    const fixtures = await createTenantFixture(db, "pb-race");
    // Several batches of the one tenant, each with its pending promotion, approved all at once.
    const batchIds = await inTenant(fixtures, (tx) =>
      Promise.all(
        [1, 2, 3, 4].map((n) =>
          tx.batch
            .create({
              data: {
                tenantId: fixtures.tenantId,
                productId: fixtures.productId,
                warehouseId: fixtures.warehouseId,
                lotCode: `RACE-${n}-${randomUUID().slice(0, 4)}`,
                productionDate: new Date(`${fixtures.expiryDate}T00:00:00Z`),
                expiryDate: new Date(`${fixtures.expiryDate}T00:00:00Z`),
                qtyReceived: 20,
                qtyOnHand: 20,
              },
            })
            .then((b) => b.id),
        ),
      ),
    );
    const ids = await Promise.all(
      batchIds.map((batchId) =>
        createPromotionFixture(
          db,
          { tenantId: fixtures.tenantId, batchId },
          {
            terms: { type: "SPECIAL_PRICE", params: { unitPriceFen: 600 } },
          },
        ),
      ),
    );
    await Promise.all(ids.map((id) => approve(fixtures, id)));
    const versions = await inTenant(fixtures, (tx) =>
      tx.priceBookVersion.findMany({
        orderBy: { version: "asc" },
        select: { version: true, promotionId: true },
      }),
    );
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(new Set(versions.map((v) => v.promotionId))).toEqual(new Set(ids));
  });
});

describe("the pricing context", () => {
  it("offers the promoted batch's reserved units with its promotion, and not those held for another channel", async () => {
    const { fixture, promotionId } = await pending("pb-context");
    await approve(fixture, promotionId);
    const load = (channel: string) =>
      inTenant(fixture, (tx) =>
        loadPricingContext(tx, { channel, productIds: [fixture.productId], today: TODAY }),
      );
    const pos = await load("POS");
    expect(pos.promotions).toMatchObject([{ id: promotionId, batchId: fixture.batchId, reservedQty: 10 }]);
    expect(pos.stock).toEqual([expect.objectContaining({ batchId: fixture.batchId, available: 50 })]);
    const mall = await load("MALL");
    expect(mall.promotions).toEqual([]);
    expect(mall.stock).toEqual([expect.objectContaining({ batchId: fixture.batchId, available: 40 })]);
  });
});

describe("the outbox relay", () => {
  it("sends each unpublished row once and marks it published", async () => {
    const { fixture, promotionId } = await pending("pb-relay");
    await approve(fixture, promotionId);
    const sent: unknown[] = [];
    const send = async (messages: unknown[]) => void sent.push(...messages);
    // The price-book version, and the promotion's approval and going live (hand-offs).
    expect(await relayOutbox(db, { limit: 10, send, tenantId: fixture.tenantId })).toBe(3);
    expect(await relayOutbox(db, { limit: 10, send, tenantId: fixture.tenantId })).toBe(0);
    expect(sent).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          tenantId: fixture.tenantId,
          topic: "pricebook.published",
          payload: { tenantId: fixture.tenantId, version: 1 },
        }),
        expect.objectContaining({
          topic: "promotion.lifecycle",
          payload: expect.objectContaining({ promotionId, event: "APPROVED" }),
        }),
        expect.objectContaining({
          topic: "promotion.lifecycle",
          payload: expect.objectContaining({ promotionId, event: "ACTIVATED" }),
        }),
      ]),
    );
    const failing = async () => {
      throw new Error("down");
    };
    await cancel(fixture, promotionId);
    await expect(relayOutbox(db, { limit: 10, send: failing, tenantId: fixture.tenantId })).rejects.toThrow(
      "down",
    );
    // The version that removes its price, and its end.
    expect(await relayOutbox(db, { limit: 10, send, tenantId: fixture.tenantId })).toBe(2);
  });
});
