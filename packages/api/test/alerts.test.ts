import { randomBytes } from "node:crypto";
import { startFakeDingTalk } from "@shelfloop/channels/testing";
import { createDatabase, type Database, withTenant } from "@shelfloop/db";
import { createTenantFixture, type TenantFixture } from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext } from "../src";

const createCaller = createCallerFactory(appRouter);
let db: Database;
let owner: TenantFixture;
let outsider: TenantFixture;
let fake: Awaited<ReturnType<typeof startFakeDingTalk>>;

const callerFor = (member: TenantFixture) =>
  createCaller(createTRPCContext({ db, session: { userId: member.userId, tenantId: member.tenantId } }));
const endpoint = (secret: string) => ({
  name: `钉钉 ${randomBytes(2).toString("hex")}`,
  kind: "DINGTALK" as const,
  token: "robot-token",
  secret,
  tiers: ["RED"],
  warehouseIds: [],
  mentionMobiles: ["13800138000"],
  mentionAll: false,
  quietStart: "22:00",
  quietEnd: "08:00",
  mode: "IMMEDIATE" as const,
});

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  process.env.SHELFLOOP_SECRET_KEY ??= randomBytes(32).toString("base64");
  fake = await startFakeDingTalk({ robots: [{ accessToken: "robot-token", secret: "SEC-right" }] });
  process.env.SHELFLOOP_DINGTALK_BASE_URL = fake.url;
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  owner = await createTenantFixture(db, "alerts-owner", "OWNER");
  outsider = await createTenantFixture(db, "alerts-outsider", "OWNER");
});
afterAll(async () => {
  await fake?.close();
  await db?.$disconnect();
});

describe("alert endpoints", () => {
  it("store the token and secret encrypted and never hand them back", async () => {
    const saved = await callerFor(owner).alerts.saveEndpoint(endpoint("SEC-right"));
    expect(saved).toMatchObject({ tokenHint: "oken", hasSecret: true });
    expect(JSON.stringify(saved)).not.toMatch(/robot-token|SEC-right/);
    const row = await withTenant(db, { tenantId: owner.tenantId }, (tx) =>
      tx.alertEndpoint.findUniqueOrThrow({ where: { id: saved.id } }),
    );
    expect(`${row.tokenCiphertext}${row.secretCiphertext}`).not.toMatch(/robot-token|SEC-right/);
  });

  it("send a test message the platform accepts", async () => {
    const saved = await callerFor(owner).alerts.saveEndpoint(endpoint("SEC-right"));
    expect(await callerFor(owner).alerts.testEndpoint({ id: saved.id })).toEqual({ ok: true });
    expect(fake.received.at(-1)?.body).toMatchObject({ msgtype: "markdown" });
  });

  it("show the platform's own answer when the signing secret is wrong", async () => {
    const saved = await callerFor(owner).alerts.saveEndpoint(endpoint("SEC-wrong"));
    const result = await callerFor(owner).alerts.testEndpoint({ id: saved.id });
    expect(result).toMatchObject({
      ok: false,
      retryable: false,
      code: 310000,
      message: "签名不匹配，请检查加签密钥",
    });
  });

  it("refuse bad input with the field named, and other tenants' endpoints", async () => {
    await expect(
      callerFor(owner).alerts.saveEndpoint({ ...endpoint("x"), mentionMobiles: ["12345"] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("手机号") });
    await expect(
      callerFor(owner).alerts.saveEndpoint({ ...endpoint("x"), quietEnd: null }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const [mine] = await callerFor(owner).alerts.listEndpoints();
    await expect(callerFor(outsider).alerts.testEndpoint({ id: mine?.id ?? "" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("secret key rotation", () => {
  it("re-saving an endpoint re-encrypts its kept token and secret under the new key", async () => {
    const saved = await callerFor(owner).alerts.saveEndpoint(endpoint("SEC-right"));
    const oldKey = process.env.SHELFLOOP_SECRET_KEY;
    try {
      process.env.SHELFLOOP_SECRET_KEY_PREVIOUS = oldKey;
      process.env.SHELFLOOP_SECRET_KEY = randomBytes(32).toString("base64");
      const { token: _token, secret: _secret, ...settings } = endpoint("ignored");
      await callerFor(owner).alerts.saveEndpoint({ ...settings, id: saved.id, name: saved.name });
      delete process.env.SHELFLOOP_SECRET_KEY_PREVIOUS;
      expect(await callerFor(owner).alerts.testEndpoint({ id: saved.id })).toEqual({ ok: true });
    } finally {
      process.env.SHELFLOOP_SECRET_KEY = oldKey;
      delete process.env.SHELFLOOP_SECRET_KEY_PREVIOUS;
    }
  });
});

describe("notification centre", () => {
  it("shows each user only their own notifications", async () => {
    const other = await createTenantFixture(db, "alerts-other-member");
    await withTenant(db, { tenantId: owner.tenantId }, async (tx) => {
      await tx.membership.create({ data: { tenantId: owner.tenantId, userId: other.userId, role: "STAFF" } });
      await tx.notification.createMany({
        data: [
          { tenantId: owner.tenantId, userId: owner.userId, kind: "tier", title: "红灯 2 批次", body: "…" },
          { tenantId: owner.tenantId, userId: other.userId, kind: "tier", title: "给别人的", body: "…" },
        ],
      });
    });
    const mine = await callerFor(owner).notification.list();
    expect(mine.items.map((item) => item.title)).toEqual(["红灯 2 批次"]);
    expect(await callerFor(owner).notification.unreadCount()).toBe(1);
    expect(await callerFor(owner).notification.markRead({})).toEqual({ marked: 1 });
    expect(await callerFor(owner).notification.unreadCount()).toBe(0);
  });
});
