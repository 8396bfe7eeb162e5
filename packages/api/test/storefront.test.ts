import { randomBytes, randomUUID } from "node:crypto";
import { startFakeWeChat } from "@shelfloop/channels/testing";
import { createDatabase, currentPriceBook, type Database, withTenant } from "@shelfloop/db";
import {
  createMemberFixture,
  createPromotionFixture,
  createTenantFixture,
  type TenantFixture,
} from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext, handleStorefront } from "../src";

const createCaller = createCallerFactory(appRouter);
const APP_ID = `wx${randomUUID().replaceAll("-", "").slice(0, 16)}`;
const COUPONS = Array.from({ length: 3 }, () => `T${randomBytes(6).toString("hex").toUpperCase()}`);
process.env.SHELFLOOP_SECRET_KEY ??= randomBytes(32).toString("base64");

let db: Database;
let shop: TenantFixture;
let slug: string;
let promotionId: string;

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  shop = await createTenantFixture(db, "storefront");
  slug = await withTenant(db, { tenantId: shop.tenantId }, async (tx) => {
    const tenant = await tx.tenant.update({ where: { id: shop.tenantId }, data: { miniappAppId: APP_ID } });
    return tenant.slug;
  });
  promotionId = await createPromotionFixture(db, shop, {
    terms: { type: "SPECIAL_PRICE", params: { unitPriceFen: 600 } },
    couponCodes: COUPONS,
  });
});
afterAll(() => db.$disconnect());

const console_ = () =>
  createCaller(createTRPCContext({ db, session: { userId: shop.userId, tenantId: shop.tenantId } }));
/** The tenant's admin, who sets up the mini-program. */
const admin = async () => {
  const { userId } = await createMemberFixture(db, shop.tenantId, "ADMIN");
  return createCaller(createTRPCContext({ db, session: { userId, tenantId: shop.tenantId } }));
};

// biome-ignore lint/suspicious/noExplicitAny: the tests read the answers' JSON freely
type JsonBody = any;

/** One storefront request, as the route handler receives it. */
async function call(
  method: "GET" | "POST",
  path: string,
  options: {
    body?: unknown;
    token?: string;
    headers?: Record<string, string>;
    env?: NodeJS.ProcessEnv;
    tenant?: string;
  } = {},
) {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  const url = `http://shop.test/api/storefront/v1/${options.tenant ?? slug}/${path}`;
  const request = new Request(url, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const segments = new URL(url).pathname.split("/").slice(5);
  const response = await handleStorefront(
    request,
    { tenant: options.tenant ?? slug, path: segments },
    { db, env: options.env ?? { NODE_ENV: "test" } },
  );
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : null) as JsonBody,
  };
}

const devSignIn = async (openid: string) =>
  (await call("POST", "session/dev", { body: { openid } })).body.token;
const posPrice = async () => {
  const book = await withTenant(db, { tenantId: shop.tenantId }, (tx) =>
    currentPriceBook(tx, { channel: "POS" }),
  );
  const entry = book.entries.find((e) => e.batchId === shop.batchId);
  return { version: book.version, priceFen: entry?.priceFen ?? null };
};

describe("storefront API and price consistency", () => {
  it("before approval lists nothing at version 0", async () => {
    const list = await call("GET", "items");
    expect(list).toMatchObject({ status: 200, body: { priceBookVersion: 0, items: [], total: 0 } });
    expect((await call("GET", "items", { tenant: "no-such-shop" })).status).toBe(404);
  });

  it("after approval the console, the storefront and the POS book agree on the price at one version", async () => {
    await console_().promotion.approve({ id: promotionId, comment: "" });
    const promotion = await console_().promotion.get({ id: promotionId });
    const list = await call("GET", "items?sort=expiry");
    const detail = await call("GET", `items/${shop.batchId}`);
    const byAppId = await call("GET", "items", { tenant: APP_ID });
    const quote = await call("POST", "quote", {
      body: { lines: [{ productId: shop.productId, quantity: 1 }] },
    });
    const pos = await posPrice();

    expect(promotion.status).toBe("ACTIVE");
    expect(pos).toEqual({ version: 1, priceFen: 600 });
    expect(promotion.margin.chargedFen).toBe(600);
    expect(list.body).toMatchObject({
      priceBookVersion: 1,
      total: 1,
      items: [
        {
          batchId: shop.batchId,
          priceFen: 600,
          originalPriceFen: 800,
          badge: "临期特价 ¥6.00",
          expiryDate: shop.expiryDate,
          daysLeft: 8,
          store: { id: shop.warehouseId },
        },
      ],
    });
    expect(byAppId.body.items).toEqual(list.body.items);
    expect(detail.body).toMatchObject({
      priceBookVersion: 1,
      item: { priceFen: 600, terms: "特价 ¥6.00", stacksWithCoupon: true, bundlePartner: null },
    });
    expect(quote.body).toMatchObject({ priceBookVersion: 1, quote: { totalFen: 600, subtotalFen: 800 } });
  });

  it("filters by store and category and pages", async () => {
    expect((await call("GET", `items?store=${randomUUID()}`)).body.items).toEqual([]);
    expect((await call("GET", "items?category=乳制品&page=1&pageSize=1")).body).toMatchObject({ total: 1 });
    expect((await call("GET", "items?page=2&pageSize=1")).body.items).toEqual([]);
    expect((await call("GET", "items?sort=cheapest")).status).toBe(400);
  });

  it("answers 304 to a client holding the current ETag", async () => {
    const first = await call("GET", "items");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(new RegExp(`^"${shop.tenantId}-1-`));
    const again = await call("GET", "items", { headers: { "if-none-match": etag ?? "" } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    const otherQuery = await call("GET", "items?sort=expiry", { headers: { "if-none-match": etag ?? "" } });
    expect(otherQuery.status).toBe(200);
  });

  it("lists the coupons there are to claim, with how many are left", async () => {
    const available = await call("GET", "coupons/available");
    expect(available.status).toBe(200);
    expect(available.body.campaigns).toEqual([
      {
        promotionId,
        productName: expect.any(String),
        description: "无门槛减 ¥1.00",
        perCustomerLimit: 1,
        validTo: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        remaining: COUPONS.length,
      },
    ]);
  });

  it("claims coupons up to the per-customer limit and validates them in a quote", async () => {
    expect((await call("POST", "coupons/claim", { body: { promotionId } })).status).toBe(401);
    const token = await devSignIn("dev-openid-1");
    const claimed = await call("POST", "coupons/claim", { token, body: { promotionId } });
    expect(claimed).toMatchObject({
      status: 201,
      body: { coupon: { description: "无门槛减 ¥1.00", redeemed: false } },
    });
    const again = await call("POST", "coupons/claim", { token, body: { promotionId } });
    expect(again).toMatchObject({ status: 409, body: { error: { message: "每人限领 1 张，您已领过" } } });
    const mine = await call("GET", "coupons/mine", { token });
    expect(mine.body.coupons).toEqual([claimed.body.coupon]);

    const code = claimed.body.coupon.code;
    const lines = [{ productId: shop.productId, quantity: 2 }];
    const quoted = await call("POST", "quote", { token, body: { lines, coupons: [code] } });
    expect(quoted.body.quote).toMatchObject({ totalFen: 1100, coupon: { code, discountFen: 100 } });
    const stranger = await devSignIn("dev-openid-2");
    const refused = await call("POST", "quote", { token: stranger, body: { lines, coupons: [code] } });
    expect(refused.body.quote).toMatchObject({
      totalFen: 1200,
      coupon: null,
      rejectedCoupons: [{ code, reason: "不是您领取的优惠券" }],
    });
  });

  it("lets any origin call it (bearer tokens, no cookies) and answers the CORS preflight", async () => {
    const list = await call("GET", "items");
    expect(list.headers.get("access-control-allow-origin")).toBe("*");
    expect(list.headers.get("access-control-expose-headers")).toBe("etag");
    const preflight = await handleStorefront(
      new Request(`http://shop.test/api/storefront/v1/${slug}/quote`, { method: "OPTIONS" }),
      { tenant: slug, path: ["quote"] },
      { db },
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("authorization");
  });

  it("records a 到货/降价提醒 once the merchant has set up the template", async () => {
    const token = await devSignIn("dev-openid-alerts");
    expect((await call("GET", "config")).body).toMatchObject({ dealAlert: null });
    const body = { productId: shop.productId, templateId: "deal-template-0001" };
    expect((await call("POST", "deal-alerts", { body })).status).toBe(401);
    const early = await call("POST", "deal-alerts", { token, body });
    expect(early).toMatchObject({ status: 409, body: { error: { message: "商家尚未开通特惠提醒" } } });

    const dealAlert = {
      templateId: "deal-template-0001",
      fields: { product: "thing1", price: "amount2", expiry: "date3" },
    };
    const settings = await admin();
    await expect(console_().miniapp.saveSettings({ appId: APP_ID, dealAlert })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await settings.miniapp.saveSettings({ appId: APP_ID, dealAlert });
    expect(await settings.miniapp.getSettings()).toEqual({ appId: APP_ID, dealAlert });
    expect((await call("GET", "config")).body).toMatchObject({
      dealAlert: { templateId: "deal-template-0001" },
    });
    const recorded = await call("POST", "deal-alerts", { token, body });
    expect(recorded).toMatchObject({
      status: 201,
      body: { dealAlert: { productId: shop.productId, pending: 1 } },
    });
    const anyDeal = await call("POST", "deal-alerts", { token, body: { templateId: "deal-template-0001" } });
    expect(anyDeal).toMatchObject({ status: 201, body: { dealAlert: { productId: null } } });
  });

  it("refuses a deal-alert template whose keywords do not fit, naming the field", async () => {
    const wrongType = {
      templateId: "deal-template-0001",
      fields: { product: "amount1", price: "amount2", expiry: "date3" },
    };
    const settings = await admin();
    await expect(
      settings.miniapp.saveSettings({ appId: APP_ID, dealAlert: wrongType }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("商品名称字段必须是 thing"),
    });
    await expect(
      settings.miniapp.saveSettings({ appId: "wx-not-an-app", dealAlert: null }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses the dev sign-in in production unless enabled", async () => {
    const production = { NODE_ENV: "production" };
    expect((await call("POST", "session/dev", { body: { openid: "x" }, env: production })).status).toBe(404);
    const enabled = { ...production, SHELFLOOP_STOREFRONT_DEV_LOGIN: "1" };
    expect((await call("POST", "session/dev", { body: { openid: "x" }, env: enabled })).status).toBe(200);
  });

  it("after deactivation all three return the regular price", async () => {
    await console_().promotion.cancel({ id: promotionId, comment: "测试结束" });
    const promotion = await console_().promotion.get({ id: promotionId });
    const product = await console_().product.get({ id: shop.productId });
    const list = await call("GET", "items");
    const detail = await call("GET", `items/${shop.batchId}`);
    const quote = await call("POST", "quote", {
      body: { lines: [{ productId: shop.productId, quantity: 1 }] },
    });

    expect(promotion.status).toBe("CANCELLED");
    expect(product.listPriceFen).toBe(800);
    expect(await posPrice()).toEqual({ version: 2, priceFen: null });
    expect(list.body).toMatchObject({ priceBookVersion: 2, items: [] });
    expect(detail.status).toBe(404);
    expect(quote.body).toMatchObject({ priceBookVersion: 2, quote: { totalFen: 800 } });
  });
});

describe("WeChat sign-in", () => {
  it("exchanges a wx.login code for a session token, never the session_key, and explains failures", async () => {
    const wechat = await startFakeWeChat({
      appId: APP_ID,
      secret: "s3cret",
      codes: { "code-1": "openid-wx-1", "code-2": "openid-wx-2" },
      rateLimitAfter: 2,
    });
    try {
      const env = {
        NODE_ENV: "test",
        SHELFLOOP_WECHAT_APPID: APP_ID,
        SHELFLOOP_WECHAT_SECRET: "s3cret",
        SHELFLOOP_WECHAT_BASE_URL: wechat.url,
      };
      const ok = await call("POST", "session", { body: { code: "code-1" }, env });
      expect(ok.status).toBe(200);
      expect(Object.keys(ok.body).sort()).toEqual(["expiresAt", "priceBookVersion", "token"]);
      expect(JSON.stringify(ok.body)).not.toContain(wechat.received[0]?.sessionKey ?? "?");
      expect((await call("GET", "coupons/mine", { token: ok.body.token })).status).toBe(200);

      const reused = await call("POST", "session", { body: { code: "code-1" }, env });
      expect(reused).toMatchObject({
        status: 400,
        body: { error: { message: "登录凭证无效或已使用，请重新进入小程序" } },
      });
      const limited = await call("POST", "session", { body: { code: "code-2" }, env });
      expect(limited).toMatchObject({
        status: 429,
        body: { error: { message: "登录请求太频繁，请稍后再试" } },
      });
      const unconfigured = await call("POST", "session", { body: { code: "code-2" } });
      expect(unconfigured.status).toBe(503);
    } finally {
      await wechat.close();
    }
  });
});
