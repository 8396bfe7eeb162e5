import { randomBytes } from "node:crypto";
import { startFakeDingTalk } from "@shelfloop/channels/testing";
import { addDays } from "@shelfloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Database,
  planTierAlerts,
  recordEndpointFailure,
  retierTenantById,
  saveEndpoint,
  sendEndpointMessage,
  withTenant,
} from "../src";
import { createTenantFixture, type TenantFixture } from "../src/testing";
import { appDatabase } from "./env";

let db: Database;
let shop: TenantFixture;
let fake: Awaited<ReturnType<typeof startFakeDingTalk>>;
const settings = {
  kind: "DINGTALK" as const,
  token: "delivery-robot",
  secret: "SEC-delivery",
  tiers: [],
  warehouseIds: [],
  mentionMobiles: ["13800138000"],
  mentionAll: false,
  quietStart: null,
  quietEnd: null,
  mode: "IMMEDIATE" as const,
};

beforeAll(async () => {
  process.env.SHELFLOOP_SECRET_KEY ??= randomBytes(32).toString("base64");
  fake = await startFakeDingTalk({ robots: [{ accessToken: "delivery-robot", secret: "SEC-delivery" }] });
  process.env.SHELFLOOP_DINGTALK_BASE_URL = fake.url;
  db = appDatabase();
  shop = await createTenantFixture(db, "delivery", "OWNER");
});
afterAll(async () => {
  await fake?.close();
  await db?.$disconnect();
});

const asShop = <T>(work: Parameters<typeof withTenant<T>>[2]) =>
  withTenant(db, { tenantId: shop.tenantId }, work);

describe("tier alert delivery", () => {
  it("plans one digest per matching endpoint, skips quiet hours, and sends it to the robot", async () => {
    const actor = { tenantId: shop.tenantId, userId: shop.userId };
    const loud = await asShop((tx) => saveEndpoint(tx, actor, { ...settings, name: "运营群" }));
    await asShop((tx) =>
      saveEndpoint(tx, actor, { ...settings, name: "夜间静默", quietStart: "00:00", quietEnd: "23:59" }),
    );
    // Three days before expiry, 10:00 in Shanghai: the fixture batch leaves the normal tier.
    const now = new Date(`${addDays(shop.expiryDate, -3)}T10:00:00+08:00`);
    const changes = await retierTenantById(db, shop.tenantId, now);
    expect(changes).toHaveLength(1);

    const planned = await planTierAlerts(db, shop.tenantId, changes, now);
    expect(planned.map((alert) => alert.endpointId)).toEqual([loud?.id]);
    expect(planned[0]?.message.markdown).toContain("delivery 牛奶");

    const result = await sendEndpointMessage(
      db,
      shop.tenantId,
      loud?.id ?? "",
      planned[0]?.message ?? { title: "", markdown: "" },
    );
    expect(result).toEqual({ ok: true });
    expect(fake.received.at(-1)?.body).toMatchObject({
      msgtype: "markdown",
      at: { atMobiles: ["13800138000"] },
    });

    const inbox = await withTenant(db, { tenantId: shop.tenantId, userId: shop.userId }, (tx) =>
      tx.notification.findMany({ where: { userId: shop.userId } }),
    );
    expect(inbox.map((n) => n.kind)).toEqual(["tier_alert"]);
  });

  it("pauses an endpoint after three failures and tells the admins", async () => {
    const actor = { tenantId: shop.tenantId, userId: shop.userId };
    const broken = await asShop((tx) =>
      saveEndpoint(tx, actor, { ...settings, name: "错误密钥", secret: "SEC-wrong" }),
    );
    const id = broken?.id ?? "";
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await sendEndpointMessage(db, shop.tenantId, id, { title: "t", markdown: "m" });
      expect(result).toMatchObject({ ok: false, retryable: false, code: 310000 });
      await recordEndpointFailure(db, shop.tenantId, id, { message: "签名不匹配，请检查加签密钥" });
    }
    expect(await asShop((tx) => tx.alertEndpoint.findUniqueOrThrow({ where: { id } }))).toMatchObject({
      status: "PAUSED",
      failureCount: 3,
    });
    expect(await sendEndpointMessage(db, shop.tenantId, id, { title: "t", markdown: "m" })).toEqual({
      skipped: "paused",
    });
    const notices = await withTenant(db, { tenantId: shop.tenantId, userId: shop.userId }, (tx) =>
      tx.notification.findMany({ where: { kind: "alert_endpoint_paused" } }),
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]?.title).toContain("错误密钥");
  });
});
