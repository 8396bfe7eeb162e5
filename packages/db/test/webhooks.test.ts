import { randomBytes, randomUUID } from "node:crypto";
import { startFakeWebhookReceiver, startFakeYouzan } from "@shelfloop/channels/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSubscription,
  type Database,
  type DeliveryOutcome,
  deliverNextPending,
  enqueuePriceBookDeliveries,
  listDeliveries,
  replayDelivery,
  type SubscriptionInput,
  type Tx,
  withTenant,
} from "../src";
import { createTenantFixture, type TenantFixture } from "../src/testing";
import { appDatabase } from "./env";

let db: Database;
beforeAll(() => {
  process.env.SHELFLOOP_SECRET_KEY ??= randomBytes(32).toString("base64");
  db = appDatabase();
});
afterAll(() => db.$disconnect());

/** A tenant whose mall price book gets one entry per version for its fixture product; v2 removes v1's. */
async function publishedShop(label: string) {
  const shop = await createTenantFixture(db, label);
  const inTenant = <T>(work: (tx: Tx) => Promise<T>) => withTenant(db, { tenantId: shop.tenantId }, work);
  const publish = (version: number, priceFen: number) =>
    inTenant(async (tx) => {
      await tx.priceBookEntry.updateMany({
        where: { removedVersion: null },
        data: { removedVersion: version },
      });
      await tx.priceBookEntry.create({
        data: {
          tenantId: shop.tenantId,
          channel: "MALL",
          productId: shop.productId,
          batchId: shop.batchId,
          promotionId: randomUUID(),
          priceFen,
          originalPriceFen: 800,
          badge: "临期特价",
          validFrom: new Date(),
          validTo: new Date(Date.now() + 86_400_000),
          addedVersion: version,
        },
      });
      await tx.tenant.update({ where: { id: shop.tenantId }, data: { priceBookVersion: version } });
    });
  const subscribe = (input: SubscriptionInput) => inTenant((tx) => createSubscription(tx, shop, input));
  return { shop, inTenant, publish, subscribe };
}

/** Runs the deliveries of a subscription as the job would, each retry at once (Inngest adds the backoff). */
async function drain(shop: TenantFixture, subscriptionId: string, options = {}) {
  const outcomes: DeliveryOutcome[] = [];
  for (let guard = 0; guard < 50; guard++) {
    const outcome = await deliverNextPending(db, shop.tenantId, subscriptionId, options);
    if (outcome.kind === "idle") return outcomes;
    outcomes.push(outcome);
  }
  throw new Error("deliveries never settled");
}

const webhook = (url: string): SubscriptionInput => ({
  kind: "WEBHOOK",
  name: "商城",
  url,
  events: ["pricebook.published"],
});

describe("webhook delivery", () => {
  it("delivers versions in order, a failing one holding back the later ones", async () => {
    const { shop, publish, subscribe } = await publishedShop("wh-order");
    const { id, secret } = await subscribe(webhook("http://127.0.0.1:1/placeholder"));
    const receiver = await startFakeWebhookReceiver({ secret: secret ?? "", failFirst: 2 });
    try {
      await withTenant(db, { tenantId: shop.tenantId }, (tx) =>
        tx.webhookSubscription.update({ where: { id }, data: { url: `${receiver.url}/hooks` } }),
      );
      for (const [version, price] of [
        [1, 600],
        [2, 550],
        [3, 500],
      ] as const) {
        await publish(version, price);
        expect(await enqueuePriceBookDeliveries(db, shop.tenantId, version)).toEqual([id]);
      }
      // A redelivered event creates nothing new.
      await enqueuePriceBookDeliveries(db, shop.tenantId, 3);

      const outcomes = await drain(shop, id);
      expect(outcomes.map((o) => `${o.kind}:${"version" in o ? o.version : ""}`)).toEqual([
        "retry:1",
        "retry:1",
        "delivered:1",
        "delivered:2",
        "delivered:3",
      ]);
      expect(receiver.received.map((d) => (d.body as { version: number }).version)).toEqual([1, 2, 3]);
      const first = receiver.received[0]?.body as { tenantId: string; upserts: { priceFen: number }[] };
      expect(first.tenantId).toBe(shop.tenantId);
      // Sent at the end, v1's delta already shows later prices: the subscriber applies each in order.
      expect(first.upserts.map((u) => u.priceFen)).toEqual([500]);
      expect(receiver.received.map((d) => d.event)).toEqual(Array(3).fill("pricebook.published"));
      const rows = await withTenant(db, { tenantId: shop.tenantId }, (tx) => listDeliveries(tx, id));
      expect(rows.map((r) => [r.version, r.status, r.attempts])).toEqual([
        [3, "DELIVERED", 1],
        [2, "DELIVERED", 1],
        [1, "DELIVERED", 3],
      ]);
    } finally {
      await receiver.close();
    }
  });

  it("dead-letters a version after 5 failed attempts, moves on, and delivers it on replay", async () => {
    const { shop, publish, subscribe, inTenant } = await publishedShop("wh-dead");
    const { id, secret } = await subscribe(webhook("http://127.0.0.1:1/placeholder"));
    const receiver = await startFakeWebhookReceiver({ secret: secret ?? "", failFirst: 5 });
    try {
      await inTenant((tx) => tx.webhookSubscription.update({ where: { id }, data: { url: receiver.url } }));
      for (const version of [1, 2]) {
        await publish(version, 600 - version);
        await enqueuePriceBookDeliveries(db, shop.tenantId, version);
      }
      const outcomes = await drain(shop, id);
      expect(outcomes.map((o) => o.kind)).toEqual(["retry", "retry", "retry", "retry", "dead", "delivered"]);
      const dead = await inTenant((tx) => listDeliveries(tx, id, { status: "DEAD" }));
      expect(dead.map((d) => [d.version, d.attempts])).toEqual([[1, 5]]);
      expect(dead[0]?.lastError).toMatch(/HTTP 503/);

      expect(await inTenant((tx) => replayDelivery(tx, shop, dead[0]?.id ?? ""))).toBe(id);
      expect((await drain(shop, id)).map((o) => o.kind)).toEqual(["delivered"]);
      expect(receiver.received.map((d) => (d.body as { version: number }).version)).toEqual([2, 1]);
    } finally {
      await receiver.close();
    }
  });

  it("dead-letters at once what the subscriber refuses for good", async () => {
    const { shop, publish, subscribe, inTenant } = await publishedShop("wh-refused");
    const { id, secret } = await subscribe(webhook("http://127.0.0.1:1/placeholder"));
    const receiver = await startFakeWebhookReceiver({ secret: secret ?? "", failFirst: 1, failWith: 404 });
    try {
      await inTenant((tx) => tx.webhookSubscription.update({ where: { id }, data: { url: receiver.url } }));
      await publish(1, 600);
      await enqueuePriceBookDeliveries(db, shop.tenantId, 1);
      expect((await drain(shop, id)).map((o) => o.kind)).toEqual(["dead"]);
    } finally {
      await receiver.close();
    }
  });
});

describe("Youzan adapter", () => {
  it("sets the promoted price on the mapped SKU, and the list price back when the promotion ends", async () => {
    const { shop, publish, subscribe, inTenant } = await publishedShop("wh-youzan");
    const credentials = { clientId: "yz-client", clientSecret: "yz-secret" };
    const youzan = await startFakeYouzan({
      ...credentials,
      shops: [91001],
      skus: [{ itemId: 501, skuId: 9001 }],
    });
    try {
      const { id } = await subscribe({
        kind: "YOUZAN",
        name: "有赞微商城",
        events: ["pricebook.published"],
        url: youzan.url,
        clientSecret: credentials.clientSecret,
        settings: {
          clientId: credentials.clientId,
          kdtId: "91001",
          skus: { [shop.productId]: { itemId: 501, skuId: 9001 } },
        },
      });
      await publish(1, 690);
      await enqueuePriceBookDeliveries(db, shop.tenantId, 1);
      expect((await drain(shop, id)).map((o) => o.kind)).toEqual(["delivered"]);
      expect(youzan.received).toEqual([
        { kdtId: "91001", itemId: 501, skuId: 9001, price: 6.9, priceFen: 690 },
      ]);

      // v2: the promotion ends, nothing replaces it.
      await inTenant(async (tx) => {
        await tx.priceBookEntry.updateMany({ where: { removedVersion: null }, data: { removedVersion: 2 } });
        await tx.tenant.update({ where: { id: shop.tenantId }, data: { priceBookVersion: 2 } });
      });
      await enqueuePriceBookDeliveries(db, shop.tenantId, 2);
      youzan.failNext({ code: 500100004, message: "调用太频繁" });
      expect((await drain(shop, id)).map((o) => o.kind)).toEqual(["retry", "delivered"]);
      expect(youzan.received.at(-1)).toMatchObject({ itemId: 501, skuId: 9001, priceFen: 800 });
    } finally {
      await youzan.close();
    }
  });
});
