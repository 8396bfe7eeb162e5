import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createYouzanClient, readYouzanReply, TOKEN_MARGIN_MS } from "../src";
import { type FakeYouzan, startFakeYouzan } from "../src/testing";

const APP = { clientId: "yz-client", clientSecret: "yz-secret" };
const KDT = 12345;
const TTL = 7 * 24 * 3600 * 1000;
const SKU = { itemId: 4315547367, skuId: 36110897, priceFen: 1290 };
let fake: FakeYouzan;
let now = Date.UTC(2026, 10, 26, 8);

beforeAll(async () => {
  fake = await startFakeYouzan({
    ...APP,
    shops: [KDT],
    tokenTtlMs: TTL,
    skus: [{ itemId: SKU.itemId, skuId: SKU.skuId }],
    now: () => now,
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const client = (overrides = {}) =>
  createYouzanClient({ ...APP, kdtId: KDT, baseUrl: fake.url, now: () => now, ...overrides });

describe("Youzan adapter against the fake", () => {
  it("gets a silent-grant token once, then updates the SKU price in yuan", async () => {
    const youzan = client();
    expect(await youzan.updateSkuPrice(SKU)).toEqual({ ok: true, data: { is_success: true } });
    expect(await youzan.updateSkuPrice({ ...SKU, priceFen: 990 })).toMatchObject({ ok: true });
    expect(fake.tokenRequests).toEqual([
      {
        client_id: "yz-client",
        client_secret: "yz-secret",
        authorize_type: "silent",
        grant_id: "12345",
        refresh: false,
      },
    ]);
    expect(fake.received).toEqual([
      { kdtId: "12345", itemId: SKU.itemId, skuId: SKU.skuId, price: 12.9, priceFen: 1290 },
      { kdtId: "12345", itemId: SKU.itemId, skuId: SKU.skuId, price: 9.9, priceFen: 990 },
    ]);
  });

  it("shares one token request between concurrent calls", async () => {
    const youzan = client();
    const results = await Promise.all(
      [1, 2, 3].map((n) => youzan.updateSkuPrice({ ...SKU, priceFen: n * 100 })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(fake.tokenRequests).toHaveLength(1);
  });

  it("fetches a new token shortly before the cached one expires", async () => {
    const youzan = client();
    await youzan.updateSkuPrice(SKU);
    now += TTL - TOKEN_MARGIN_MS - 1;
    await youzan.updateSkuPrice(SKU);
    expect(fake.tokenRequests).toHaveLength(1);
    now += 1;
    expect(await youzan.updateSkuPrice(SKU)).toMatchObject({ ok: true });
    expect(fake.tokenRequests).toHaveLength(2);
  });

  it("refreshes once when Youzan expires the token early (4202), then succeeds", async () => {
    const youzan = client();
    await youzan.updateSkuPrice(SKU);
    fake.expireTokens();
    expect(await youzan.updateSkuPrice(SKU)).toMatchObject({ ok: true });
    expect(fake.tokenRequests).toHaveLength(2);
    expect(fake.answers.map((a) => a.code)).toEqual([200, 200, 4202, 200, 200]);
    expect(fake.received).toHaveLength(2);
  });

  it("refreshes only once: a token refused twice is reported", async () => {
    fake.failNext({ gateway: 4201, message: "非法的请求凭证" }, { gateway: 4201, message: "非法的请求凭证" });
    expect(await client().updateSkuPrice(SKU)).toMatchObject({
      ok: false,
      retryable: false,
      code: 4201,
      platformMessage: "非法的请求凭证",
      message: "有赞授权无效，店铺可能已取消授权，请在有赞云重新授权",
    });
    expect(fake.tokenRequests).toHaveLength(2);
    expect(fake.received).toHaveLength(0);
  });

  it("rate limits are retryable, whichever layer answers", async () => {
    fake.failNext({ gateway: 4101, message: "请求太频繁" }, { code: 123000042, message: "请求被限流" });
    expect(await client().updateSkuPrice(SKU)).toMatchObject({ ok: false, retryable: true, code: 4101 });
    expect(await client().updateSkuPrice(SKU)).toMatchObject({
      ok: false,
      retryable: true,
      code: 123000042,
      message: "有赞接口调用太频繁，稍后自动重试",
    });
  });

  it("an unknown SKU is permanent", async () => {
    expect(await client().updateSkuPrice({ ...SKU, skuId: 1 })).toMatchObject({
      ok: false,
      retryable: false,
      code: 123004002,
      message: "有赞 SKU 不存在，请检查规格对应关系",
    });
  });

  it("a wrong client secret fails the token, permanently, without calling the API", async () => {
    const result = await client({ clientSecret: "nope" }).updateSkuPrice(SKU);
    expect(result).toMatchObject({
      ok: false,
      retryable: false,
      code: 1000,
      platformMessage: "client_secret 不正确",
    });
    expect(!result.ok && result.message).toMatch(/^有赞授权失败/);
    expect(fake.answers.map((a) => a.path)).toEqual(["/auth/token"]);
  });

  it("an outage is retryable, for the token and for the call", async () => {
    fake.setFault({ status: 502 });
    expect(await client().updateSkuPrice(SKU)).toMatchObject({
      ok: false,
      retryable: true,
      code: "HTTP_502",
    });
    fake.setFault(null);
    const youzan = client({ timeoutMs: 200 });
    expect(await youzan.updateSkuPrice(SKU)).toMatchObject({ ok: true });
    fake.setFault("hang");
    expect(await youzan.updateSkuPrice(SKU)).toMatchObject({ ok: false, retryable: true, code: "TIMEOUT" });
    expect(fake.tokenRequests).toHaveLength(1);
  });

  it("refuses a price or id that is not a positive integer before calling Youzan", async () => {
    for (const bad of [{ priceFen: 12.5 }, { priceFen: 0 }, { priceFen: -100 }, { itemId: Number.NaN }]) {
      expect(await client().updateSkuPrice({ ...SKU, ...bad })).toMatchObject({
        ok: false,
        retryable: false,
        code: "INVALID_INPUT",
      });
    }
    expect(fake.answers).toHaveLength(0);
  });
});

describe("readYouzanReply", () => {
  it.each([
    ['{"response":{"is_success":true}}', { ok: true, data: { is_success: true } }],
    ['{"error_response":{"code":500,"msg":"err"}}', { ok: false, code: 500, platformMessage: "err" }],
    ['{"code":200,"success":true,"data":{"is_success":false}}', { ok: false, code: "NOT_SUCCESS" }],
    [
      '{"code":5000,"success":false,"message":"trade not found"}',
      { ok: false, retryable: false, code: 5000 },
    ],
    [
      '{"gw_err_resp":{"err_code":"4204","err_msg":"无权限访问"}}',
      { ok: false, retryable: false, code: 4204 },
    ],
    ['{"hello":1}', { ok: false, retryable: true, code: "BAD_RESPONSE" }],
  ])("%s", (text, expected) => {
    expect(readYouzanReply(text)).toMatchObject(expected);
  });
});
