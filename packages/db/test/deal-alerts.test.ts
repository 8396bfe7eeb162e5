import { randomUUID } from "node:crypto";
import { createWeChatMessenger } from "@shelfloop/channels";
import { type FakeWeChat, startFakeWeChat } from "@shelfloop/channels/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  approvePromotion,
  type Database,
  type DealAlertMessage,
  type DealAlertTemplate,
  resolveStorefrontTenant,
  saveMiniappSettings,
  sendDealAlerts,
  signInConsumer,
  subscribeDealAlert,
  withTenant,
} from "../src";
import { createPromotionFixture, createTenantFixture, type TenantFixture } from "../src/testing";
import { appDatabase } from "./env";

const APP = { appId: "wx00112233445566ff", secret: "0123456789abcdef0123456789abcdef" };
const TEMPLATE: DealAlertTemplate = {
  templateId: "deal-template-0001",
  fields: { product: "thing1", price: "amount2", expiry: "date3", note: "thing4" },
};

let db: Database;
let wechat: FakeWeChat;
beforeAll(async () => {
  db = appDatabase();
  wechat = await startFakeWeChat({
    ...APP,
    codes: {},
    templates: { [TEMPLATE.templateId]: ["thing1", "amount2", "date3", "thing4"] },
  });
});
afterAll(async () => {
  await wechat.close();
  await db.$disconnect();
});
beforeEach(() => wechat.reset());

const manager = (f: TenantFixture) => ({ tenantId: f.tenantId, userId: f.userId });

/** A tenant with the template set up, and a 特价 ¥6.00 promotion for its batch waiting for approval. */
async function shop(label: string) {
  const fixture = await createTenantFixture(db, label);
  await withTenant(db, manager(fixture), (tx) =>
    saveMiniappSettings(tx, manager(fixture), { appId: null, dealAlert: TEMPLATE }),
  );
  const tenant = await withTenant(db, manager(fixture), (tx) =>
    tx.tenant.findUniqueOrThrow({ where: { id: fixture.tenantId }, select: { slug: true } }),
  );
  const storefront = await resolveStorefrontTenant(db, tenant.slug);
  if (!storefront) throw new Error("storefront tenant not found");
  const promotionId = await createPromotionFixture(db, fixture, {
    terms: { type: "SPECIAL_PRICE", params: { unitPriceFen: 600 } },
  });
  return { fixture, storefront, promotionId };
}

/** A consumer who tapped 允许: the fake WeChat now lets one message through, and we record it. */
async function subscriber(s: Awaited<ReturnType<typeof shop>>, openid: string, productId: string | null) {
  const { id } = await signInConsumer(db, s.fixture.tenantId, openid);
  wechat.subscribe(openid, TEMPLATE.templateId);
  await subscribeDealAlert(db, s.storefront, id, { productId, templateId: TEMPLATE.templateId });
  return id;
}

/** Approving the promotion activates it now and publishes price-book version 1. */
const activate = (s: Awaited<ReturnType<typeof shop>>) =>
  withTenant(db, manager(s.fixture), (tx) =>
    approvePromotion(tx, manager(s.fixture), s.promotionId, null, new Date()),
  );

const messenger = () => createWeChatMessenger({ ...APP, baseUrl: wechat.url });
const sendVia =
  (m = messenger()) =>
  (message: DealAlertMessage) =>
    m.sendSubscribeMessage(message);

const statuses = (s: Awaited<ReturnType<typeof shop>>) =>
  withTenant(db, manager(s.fixture), (tx) =>
    tx.dealAlert.findMany({
      orderBy: { createdAt: "asc" },
      select: { status: true, consumerId: true, batchId: true },
    }),
  );

describe("deal alerts", () => {
  it("tell the product's and the any-deal subscribers once when the product goes on clearance", async () => {
    const s = await shop("deal-send");
    const forProduct = await subscriber(s, "o-product-fan", s.fixture.productId);
    const forAny = await subscriber(s, "o-any-deal-fan", null);
    await activate(s);

    const outcome = await sendDealAlerts(db, s.fixture.tenantId, 1, sendVia());
    expect(outcome).toEqual({ sent: 2, failed: 0, retry: 0 });
    expect(wechat.messages.map((m) => m.touser).sort()).toEqual(["o-any-deal-fan", "o-product-fan"]);
    const [first] = wechat.messages;
    expect(first).toMatchObject({
      templateId: TEMPLATE.templateId,
      page: `pages/item/index?id=${s.fixture.batchId}`,
      data: {
        thing1: expect.any(String),
        amount2: "¥6.00",
        thing4: expect.stringMatching(/^临期特价 ¥6\.00 还剩\d+天$/),
      },
    });
    expect(first?.data.date3).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(await statuses(s)).toEqual([
      { status: "SENT", consumerId: forProduct, batchId: s.fixture.batchId },
      { status: "SENT", consumerId: forAny, batchId: s.fixture.batchId },
    ]);

    // The same version again (a redelivered event) tells nobody twice.
    expect(await sendDealAlerts(db, s.fixture.tenantId, 1, sendVia())).toEqual({
      sent: 0,
      failed: 0,
      retry: 0,
    });
    expect(wechat.messages).toHaveLength(2);
  });

  it("uses one waiting alert per activation, and keeps the rest for the next deal", async () => {
    const s = await shop("deal-twice");
    await subscriber(s, "o-double-tapper", s.fixture.productId);
    await subscriber(s, "o-double-tapper", s.fixture.productId);
    await activate(s);
    expect(await sendDealAlerts(db, s.fixture.tenantId, 1, sendVia())).toMatchObject({ sent: 1 });
    expect((await statuses(s)).map((a) => a.status)).toEqual(["SENT", "PENDING"]);
  });

  it("leaves alerts waiting after a retryable failure and settles a refusal as FAILED", async () => {
    const s = await shop("deal-retry");
    await subscriber(s, "o-retry-later", s.fixture.productId);
    const { id: refuser } = await signInConsumer(db, s.fixture.tenantId, "o-withdrew-it");
    // Recorded here, but WeChat never got the consumer's 允许 (or it was used elsewhere): 43101.
    await subscribeDealAlert(db, s.storefront, refuser, { productId: null, templateId: TEMPLATE.templateId });
    await activate(s);

    wechat.setFault({ status: 503 });
    const first = await sendDealAlerts(db, s.fixture.tenantId, 1, sendVia());
    expect(first).toMatchObject({ sent: 0, failed: 0, retry: 2 });
    expect((await statuses(s)).map((a) => a.status)).toEqual(["PENDING", "PENDING"]);

    wechat.setFault(null);
    expect(await sendDealAlerts(db, s.fixture.tenantId, 1, sendVia())).toEqual({
      sent: 1,
      failed: 1,
      retry: 0,
    });
    expect((await statuses(s)).map((a) => a.status)).toEqual(["SENT", "FAILED"]);
  });

  it("refuses subscribing without a template, with a stale template or to an unknown product", async () => {
    const s = await shop("deal-refuse");
    const { id } = await signInConsumer(db, s.fixture.tenantId, "o-curious");
    await expect(
      subscribeDealAlert(db, s.storefront, id, { productId: null, templateId: "old-template-id" }),
    ).rejects.toMatchObject({ kind: "CONFLICT", field: "templateId" });
    await expect(
      subscribeDealAlert(db, s.storefront, id, { productId: randomUUID(), templateId: TEMPLATE.templateId }),
    ).rejects.toMatchObject({ kind: "NOT_FOUND" });
    await withTenant(db, manager(s.fixture), (tx) =>
      saveMiniappSettings(tx, manager(s.fixture), { appId: null, dealAlert: null }),
    );
    await expect(
      subscribeDealAlert(db, s.storefront, id, { productId: null, templateId: TEMPLATE.templateId }),
    ).rejects.toMatchObject({ kind: "CONFLICT", message: "商家尚未开通特惠提醒" });
  });

  it("keeps a mini-program AppID to one tenant", async () => {
    const a = await createTenantFixture(db, "deal-appid-a");
    const b = await createTenantFixture(db, "deal-appid-b");
    const appId = `wx${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    await withTenant(db, manager(a), (tx) => saveMiniappSettings(tx, manager(a), { appId, dealAlert: null }));
    await expect(
      withTenant(db, manager(b), (tx) => saveMiniappSettings(tx, manager(b), { appId, dealAlert: null })),
    ).rejects.toMatchObject({ kind: "CONFLICT", field: "appId" });
  });
});
