import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createWeChatMessenger, fitField, type SubscribeMessage } from "../src";
import { type FakeWeChat, startFakeWeChat } from "../src/testing";

const APP = { appId: "wx1234567890abcdef", secret: "0123456789abcdef0123456789abcdef" };
const TEMPLATE = "tmpl-deal-0123456789";
let fake: FakeWeChat;

beforeAll(async () => {
  fake = await startFakeWeChat({
    ...APP,
    codes: {},
    templates: { [TEMPLATE]: ["thing1", "amount2", "date3"] },
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const message = (overrides: Partial<SubscribeMessage> = {}): SubscribeMessage => ({
  touser: "o-alice-openid",
  templateId: TEMPLATE,
  page: "pages/item/index?id=b1",
  data: { thing1: "蒙牛纯牛奶 250ml×12", amount2: "¥39.90", date3: "2026年12月20日" },
  ...overrides,
});

describe("fitField", () => {
  it("cuts a thing to 20 characters with an ellipsis and leaves amounts and dates alone", () => {
    const long = "特仑苏有机纯牛奶梦幻盖250毫升乘以十二盒礼盒装";
    expect([...fitField("thing1", long)].length).toBe(20);
    expect(fitField("thing1", long).endsWith("…")).toBe(true);
    expect(fitField("thing4", "还剩 9 天")).toBe("还剩 9 天");
    expect(fitField("phrase3", "临期特惠上新")).toBe("临期特惠上");
    expect(fitField("amount2", "¥1234.50")).toBe("¥1234.50");
  });
});

describe("subscribe messages against the fake", () => {
  it("sends once per accepted subscription, fitting fields, and 43101 (permanent) after that", async () => {
    fake.subscribe("o-alice-openid", TEMPLATE);
    const messenger = createWeChatMessenger({ ...APP, baseUrl: fake.url });
    const long = message({
      data: { ...message().data, thing1: "特仑苏有机纯牛奶梦幻盖250毫升乘以十二盒礼盒装" },
    });
    expect(await messenger.sendSubscribeMessage(long)).toEqual({ ok: true });
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]).toMatchObject({
      touser: "o-alice-openid",
      page: "pages/item/index?id=b1",
      state: "formal",
    });
    expect([...(fake.messages[0]?.data.thing1 ?? "")].length).toBe(20);

    const again = await messenger.sendSubscribeMessage(message());
    expect(again).toMatchObject({ ok: false, retryable: false, code: 43101 });
    expect(fake.messages).toHaveLength(1);
  });

  it("reuses the access token and fetches a new one once when WeChat revoked it", async () => {
    fake.subscribe("o-alice-openid", TEMPLATE);
    fake.subscribe("o-alice-openid", TEMPLATE);
    const messenger = createWeChatMessenger({ ...APP, baseUrl: fake.url });
    expect(await messenger.sendSubscribeMessage(message())).toEqual({ ok: true });
    fake.expireTokens();
    expect(await messenger.sendSubscribeMessage(message())).toEqual({ ok: true });
    expect(fake.sendAnswers).toEqual([0, 40001, 0]);
  });

  it("reports a wrong template, a bad field and a wrong secret permanently, in Chinese", async () => {
    fake.subscribe("o-alice-openid", TEMPLATE);
    const messenger = createWeChatMessenger({ ...APP, baseUrl: fake.url });
    expect(await messenger.sendSubscribeMessage(message({ templateId: "nope" }))).toMatchObject({
      ok: false,
      retryable: false,
      code: 40037,
      message: expect.stringContaining("模板"),
    });
    const badAmount = message({ data: { ...message().data, amount2: "三十九元" } });
    expect(await messenger.sendSubscribeMessage(badAmount)).toMatchObject({ ok: false, code: 47003 });
    const wrongSecret = createWeChatMessenger({ ...APP, secret: "x".repeat(32), baseUrl: fake.url });
    expect(await wrongSecret.sendSubscribeMessage(message())).toMatchObject({ ok: false, code: 40125 });
    expect(fake.messages).toHaveLength(0);
  });

  it("treats a gateway error as retryable", async () => {
    fake.setFault({ status: 502 });
    const messenger = createWeChatMessenger({ ...APP, baseUrl: fake.url });
    expect(await messenger.sendSubscribeMessage(message())).toMatchObject({ ok: false, retryable: true });
  });
});
