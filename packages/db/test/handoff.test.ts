import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  approvePromotion,
  type Database,
  handOffPromotionsNow,
  type PromotionEventPayload,
  planPromotionHandoffs,
  saveEndpoint,
  withTenant,
} from "../src";
import {
  createMemberFixture,
  createPromotionFixture,
  createTenantFixture,
  type TenantFixture,
} from "../src/testing";
import { appDatabase } from "./env";

let db: Database;
beforeAll(() => {
  db = appDatabase();
});
afterAll(() => db.$disconnect());

const manager = (f: TenantFixture) => ({ tenantId: f.tenantId, userId: f.userId });
const inShop = <T>(f: TenantFixture, work: Parameters<typeof withTenant<T>>[2]) =>
  withTenant(db, { tenantId: f.tenantId }, work);

const endpoint = (name: string, events: ("TIER" | "PROMOTION_APPROVAL" | "PROMOTION_LIVE")[]) => ({
  name,
  kind: "WECOM" as const,
  token: "00000000-0000-0000-0000-000000000000",
  tiers: [],
  warehouseIds: [],
  mentionMobiles: [],
  mentionAll: false,
  quietStart: null,
  quietEnd: null,
  mode: "IMMEDIATE" as const,
  events,
});

const lifecycleRows = (f: TenantFixture) =>
  inShop(f, (tx) =>
    tx.outboxEvent.findMany({ where: { topic: "promotion.lifecycle" }, orderBy: { createdAt: "asc" } }),
  );

describe("promotion hand-offs", () => {
  it("announce an approval and going live through the outbox, in the change's transaction", async () => {
    const shop = await createTenantFixture(db, "handoff-outbox");
    const id = await createPromotionFixture(db, shop, {
      terms: { type: "SPECIAL_PRICE", params: { unitPriceFen: 600 } },
    });
    await inShop(shop, (tx) => approvePromotion(tx, manager(shop), id, null, new Date()));
    const rows = await lifecycleRows(shop);
    expect(rows.map((row) => (row.payload as PromotionEventPayload).event)).toEqual([
      "APPROVED",
      "ACTIVATED",
    ]);
    expect(rows.every((row) => (row.payload as PromotionEventPayload).promotionId === id)).toBe(true);
  });

  it("tell managers of decisions and staff of live deals, in the centre and on the robots that asked", async () => {
    const shop = await createTenantFixture(db, "handoff-plan");
    const staff = await createMemberFixture(db, shop.tenantId, "STAFF");
    const viewer = await createMemberFixture(db, shop.tenantId, "VIEWER");
    const [approvals, live] = await inShop(shop, async (tx) => [
      await saveEndpoint(tx, manager(shop), endpoint("经理群", ["PROMOTION_APPROVAL"])),
      await saveEndpoint(tx, manager(shop), endpoint("销售群", ["PROMOTION_LIVE"])),
      await saveEndpoint(tx, manager(shop), endpoint("预警群", ["TIER"])),
    ]);
    const id = await createPromotionFixture(db, shop, {
      terms: { type: "SPECIAL_PRICE", params: { unitPriceFen: 600 } },
    });
    await inShop(shop, (tx) => approvePromotion(tx, manager(shop), id, null, new Date()));
    const events = (await lifecycleRows(shop)).map((row) => row.payload as PromotionEventPayload);

    const planned = await planPromotionHandoffs(db, shop.tenantId, events, "https://console.test");
    expect(planned.map((p) => p.endpointId).sort()).toEqual([approvals?.id, live?.id].sort());
    const toSales = planned.find((p) => p.endpointId === live?.id)?.message;
    expect(toSales?.title).toBe("促销上线：1 个已上线");
    expect(toSales?.markdown).toContain("特价 ¥6.00 · 渠道 小程序、门店收银");
    expect(toSales?.markdown).toContain("价签打印");
    expect(toSales?.link).toBe("https://console.test/promotions/labels");
    expect(planned.find((p) => p.endpointId === approvals?.id)?.message.title).toBe("促销审批：1 个已通过");

    const notices = await inShop(shop, (tx) =>
      tx.notification.findMany({
        where: { kind: { startsWith: "promotion_" } },
        select: { userId: true, kind: true },
      }),
    );
    const kindsOf = (userId: string) =>
      notices
        .filter((n) => n.userId === userId)
        .map((n) => n.kind)
        .sort();
    expect(kindsOf(shop.userId)).toEqual(["promotion_approval", "promotion_live"]);
    expect(kindsOf(staff.userId)).toEqual(["promotion_live"]);
    expect(kindsOf(viewer.userId)).toEqual([]);
  });

  it("hand off in-process once, without Inngest", async () => {
    const shop = await createTenantFixture(db, "handoff-now");
    const id = await createPromotionFixture(db, shop, {
      terms: { type: "PERCENT_OFF", params: { percentOff: 20 } },
    });
    await inShop(shop, (tx) => approvePromotion(tx, manager(shop), id, null, new Date()));
    expect(await handOffPromotionsNow(db, shop.tenantId)).toEqual({ events: 2, sent: 0 });
    expect(await handOffPromotionsNow(db, shop.tenantId)).toEqual({ events: 0, sent: 0 });
    expect((await lifecycleRows(shop)).every((row) => row.publishedAt !== null)).toBe(true);
    const notices = await inShop(shop, (tx) => tx.notification.count({ where: { userId: shop.userId } }));
    expect(notices).toBe(2);
  });
});
