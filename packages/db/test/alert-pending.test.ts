import { randomBytes } from "node:crypto";
import { addDays } from "@shelfloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Database,
  digestDue,
  planPendingDigests,
  planTierAlerts,
  retierTenantById,
  saveEndpoint,
  withTenant,
} from "../src";
import { createMemberFixture, createTenantFixture, type TenantFixture } from "../src/testing";
import { appDatabase } from "./env";

let db: Database;
let shop: TenantFixture;
const settings = {
  kind: "WECOM" as const,
  token: "pending-robot",
  tiers: [],
  warehouseIds: [],
  mentionMobiles: [],
  mentionAll: false,
  quietStart: null,
  quietEnd: null,
  mode: "IMMEDIATE" as const,
};
/** An instant on the Shanghai wall clock, `offset` days from the fixture batch's expiry date. */
const shanghai = (offset: number, time: string) =>
  new Date(`${addDays(shop.expiryDate, offset)}T${time}:00+08:00`);

beforeAll(async () => {
  process.env.SHELFLOOP_SECRET_KEY ??= randomBytes(32).toString("base64");
  db = appDatabase();
  shop = await createTenantFixture(db, "pending", "OWNER");
});
afterAll(() => db?.$disconnect());

const asShop = <T>(work: Parameters<typeof withTenant<T>>[2]) =>
  withTenant(db, { tenantId: shop.tenantId }, work);
const pendingSince = async (id: string) =>
  (await asShop((tx) => tx.alertEndpoint.findUniqueOrThrow({ where: { id } }))).pendingSince;
const inboxOf = (userId: string) =>
  withTenant(db, { tenantId: shop.tenantId, userId }, (tx) =>
    tx.notification.findMany({ where: { userId } }),
  );

describe("held-back alerts", () => {
  it("sends quiet-hour changes when quiet hours end and daily digests at their time, each once", async () => {
    const actor = { tenantId: shop.tenantId, userId: shop.userId };
    const night = await asShop((tx) =>
      saveEndpoint(tx, actor, { ...settings, name: "夜间静默", quietStart: "22:00", quietEnd: "08:00" }),
    );
    const daily = await asShop((tx) =>
      saveEndpoint(tx, actor, { ...settings, name: "每日汇总", mode: "DIGEST" }),
    );
    const nightId = night?.id ?? "";
    const dailyId = daily?.id ?? "";

    // 23:00 three days before expiry: the batch leaves the normal tier while the night group is quiet.
    const changedAt = shanghai(-3, "23:00");
    const changes = await retierTenantById(db, shop.tenantId, changedAt);
    expect(changes).toHaveLength(1);
    expect(await planTierAlerts(db, shop.tenantId, changes, changedAt)).toEqual([]);
    expect(await pendingSince(nightId)).toEqual(changedAt);
    expect(await pendingSince(dailyId)).toEqual(changedAt);

    // Still quiet at 07:59; at 08:00 the night group gets it, with the days left as of then.
    expect(await planPendingDigests(db, shop.tenantId, shanghai(-2, "07:59"))).toEqual([]);
    const morning = await planPendingDigests(db, shop.tenantId, shanghai(-2, "08:00"));
    expect(morning.map((alert) => alert.endpointId)).toEqual([nightId]);
    expect(morning[0]?.message.markdown).toContain("还剩 2 天");
    expect(morning[0]?.message.link).toContain(`changedSince=${encodeURIComponent(changedAt.toISOString())}`);
    expect(await pendingSince(nightId)).toBeNull();

    // The daily digest goes at 09:00 (no quiet hours), once.
    expect(await planPendingDigests(db, shop.tenantId, shanghai(-2, "08:59"))).toEqual([]);
    const digest = await planPendingDigests(db, shop.tenantId, shanghai(-2, "09:00"));
    expect(digest.map((alert) => alert.endpointId)).toEqual([dailyId]);
    expect(await planPendingDigests(db, shop.tenantId, shanghai(-2, "09:15"))).toEqual([]);
    expect(await pendingSince(dailyId)).toBeNull();
  });

  it("notifies members in-app only about the warehouses they work in", async () => {
    const local = await createMemberFixture(db, shop.tenantId, "STAFF", [shop.warehouseId]);
    const elsewhere = await asShop((tx) =>
      tx.warehouse.create({ data: { tenantId: shop.tenantId, code: "WH-9", name: "别的仓" } }),
    );
    const away = await createMemberFixture(db, shop.tenantId, "STAFF", [elsewhere.id]);
    const viewer = await createMemberFixture(db, shop.tenantId, "VIEWER");

    const expiredAt = shanghai(1, "00:00");
    const changes = await retierTenantById(db, shop.tenantId, expiredAt);
    expect(changes).toMatchObject([{ toTier: "EXPIRED" }]);
    await planTierAlerts(db, shop.tenantId, changes, expiredAt);

    const [mine] = await inboxOf(local.userId);
    expect(mine?.title).toContain("过期 1 批次");
    expect(mine?.link).toBe(
      `/batches?tier=EXPIRED&changedSince=${encodeURIComponent(expiredAt.toISOString())}&warehouse=${shop.warehouseId}`,
    );
    expect(await inboxOf(away.userId)).toEqual([]);
    expect(await inboxOf(viewer.userId)).toEqual([]);
  });
});

describe("digestDue", () => {
  const at = (iso: string) => new Date(iso);
  const digest = { mode: "DIGEST" as const, quietStart: "21:00", quietEnd: "07:30" };

  it("a digest waits for the end of quiet hours on the tenant's clock", () => {
    const pendingSince = at("2026-11-26T14:00:00Z"); // 22:00 Shanghai
    expect(digestDue({ ...digest, pendingSince }, "Asia/Shanghai", at("2026-11-26T23:29:00Z"))).toBe(false);
    expect(digestDue({ ...digest, pendingSince }, "Asia/Shanghai", at("2026-11-26T23:30:00Z"))).toBe(true);
    // Held since 08:00 (after today's 07:30 digest): tomorrow's.
    const later = at("2026-11-27T00:00:00Z");
    expect(digestDue({ ...digest, pendingSince: later }, "Asia/Shanghai", at("2026-11-27T05:00:00Z"))).toBe(
      false,
    );
  });

  it("nothing held, nothing due", () => {
    expect(digestDue({ ...digest, pendingSince: null }, "UTC", at("2026-11-27T12:00:00Z"))).toBe(false);
  });
});
