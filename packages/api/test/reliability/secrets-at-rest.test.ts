import { randomBytes } from "node:crypto";
import { createDatabase, type Database, decryptSecret, withTenant } from "@shelfloop/db";
import { createTenantFixture, type TenantFixture } from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext } from "../../src";

// Every credential the console takes or issues is stored AES-256-GCM encrypted ("v1.<key id>.<iv>.<tag>.
// <ciphertext>") and appears neither in its row's other columns nor in the audit log.

const createCaller = createCallerFactory(appRouter);
let db: Database;
let shop: TenantFixture;
const ENCRYPTED = /^v1\.[\w-]{8}\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/;

const admin = () =>
  createCaller(createTRPCContext({ db, session: { userId: shop.userId, tenantId: shop.tenantId } }));
const inTenant = <T>(work: Parameters<typeof withTenant<T>>[2]) =>
  withTenant(db, { tenantId: shop.tenantId }, work);
const auditText = () => inTenant((tx) => tx.auditLog.findMany()).then((rows) => JSON.stringify(rows));

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  process.env.SHELFLOOP_SECRET_KEY ??= randomBytes(32).toString("base64");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  shop = await createTenantFixture(db, "secrets-at-rest", "OWNER");
});
afterAll(() => db.$disconnect());

describe("secrets at rest", () => {
  it("a DingTalk robot's token and signing secret", async () => {
    const saved = await admin().alerts.saveEndpoint({
      name: "钉钉",
      kind: "DINGTALK",
      token: "robot-token-at-rest",
      secret: "SEC-at-rest",
      tiers: ["RED"],
      warehouseIds: [],
      mentionMobiles: [],
      mentionAll: false,
      quietStart: "22:00",
      quietEnd: "08:00",
      mode: "IMMEDIATE",
    });
    const row = await inTenant((tx) => tx.alertEndpoint.findUniqueOrThrow({ where: { id: saved.id } }));
    expect(row.tokenCiphertext).toMatch(ENCRYPTED);
    expect(row.secretCiphertext).toMatch(ENCRYPTED);
    expect(decryptSecret(row.tokenCiphertext)).toBe("robot-token-at-rest");
    expect(decryptSecret(row.secretCiphertext ?? "")).toBe("SEC-at-rest");
    expect(JSON.stringify(row)).not.toMatch(/robot-token-at-rest|SEC-at-rest/);
    expect(await auditText()).not.toMatch(/robot-token-at-rest|SEC-at-rest/);
  });

  it("a webhook's signing secret and a Youzan client secret", async () => {
    const hook = await admin().webhook.create({
      kind: "WEBHOOK",
      name: "自建商城",
      url: "https://mall.example.cn/hooks/shelfloop",
      events: ["pricebook.published"],
    });
    const youzan = await admin().webhook.create({
      kind: "YOUZAN",
      name: "有赞",
      events: ["pricebook.published"],
      clientSecret: "yz-secret-at-rest",
      settings: {
        clientId: "yz-client",
        kdtId: "91001",
        skus: { [shop.productId]: { itemId: 1, skuId: 2 } },
      },
    });
    const rows = await inTenant((tx) =>
      tx.webhookSubscription.findMany({
        where: { id: { in: [hook.id, youzan.id] } },
        orderBy: { createdAt: "asc" },
      }),
    );
    expect(rows.map((row) => row.secretCiphertext)).toEqual([
      expect.stringMatching(ENCRYPTED),
      expect.stringMatching(ENCRYPTED),
    ]);
    expect(rows.map((row) => decryptSecret(row.secretCiphertext))).toEqual([
      hook.secret,
      "yz-secret-at-rest",
    ]);
    const plain = new RegExp(`${hook.secret}|yz-secret-at-rest`);
    expect(JSON.stringify(rows)).not.toMatch(plain);
    expect(await auditText()).not.toMatch(plain);
    // Known gap: the subscription URL itself is stored (and audited) in plain text.
    expect(rows[0]?.url).toBe("https://mall.example.cn/hooks/shelfloop");
  });

  it("a POS key's secret", async () => {
    const created = await admin().pos.createKey({ warehouseId: shop.warehouseId, name: "收银台" });
    const row = await inTenant((tx) => tx.posApiKey.findUniqueOrThrow({ where: { id: created.id } }));
    expect(row.secretCiphertext).toMatch(ENCRYPTED);
    expect(decryptSecret(row.secretCiphertext)).toBe(created.secret);
    expect(JSON.stringify(row)).not.toContain(created.secret);
    expect(await auditText()).not.toContain(created.secret);
  });
});
