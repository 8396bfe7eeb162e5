import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { classifyWeChatLoginError, createWeChatClient } from "../src";
import { type FakeWeChat, startFakeWeChat } from "../src/testing";

const APP = { appId: "wx1234567890abcdef", secret: "0123456789abcdef0123456789abcdef" };
let fake: FakeWeChat;

beforeAll(async () => {
  fake = await startFakeWeChat({
    ...APP,
    codes: { "code-a": "o-alice", "code-b": "o-bob", "code-risky": "o-mallory" },
    unionids: { "o-bob": "u-bob" },
    highRiskCodes: ["code-risky"],
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const client = (overrides = {}) => createWeChatClient({ ...APP, baseUrl: fake.url, ...overrides });

describe("code2Session against the fake", () => {
  it("sends appid, secret, js_code and grant_type and returns the openid and session key", async () => {
    const result = await client().code2Session("code-a");
    expect(result).toEqual({ ok: true, openid: "o-alice", sessionKey: fake.received[0]?.sessionKey });
    expect(fake.requests).toEqual([
      { appid: APP.appId, secret: APP.secret, jsCode: "code-a", grantType: "authorization_code" },
    ]);
    expect(await client().code2Session("code-b")).toMatchObject({
      ok: true,
      openid: "o-bob",
      unionid: "u-bob",
    });
  });

  it("answers a reused code with 40029, permanent, asking the user to re-enter", async () => {
    expect(await client().code2Session("code-a")).toMatchObject({ ok: true });
    const again = await client().code2Session("code-a");
    expect(again).toMatchObject({
      ok: false,
      retryable: false,
      code: 40029,
      message: "登录凭证无效或已使用，请重新进入小程序",
    });
    expect(!again.ok && again.platformMessage).toMatch(/^invalid code, rid: /);
    expect(await client().code2Session("never-issued")).toMatchObject({ code: 40029 });
  });

  it("maps a high-risk user to 40226, permanent", async () => {
    expect(await client().code2Session("code-risky")).toMatchObject({
      ok: false,
      retryable: false,
      code: 40226,
      message: "该微信账号存在安全风险，暂时无法登录",
    });
  });

  it("maps a wrong secret to 40125 and a configuration message", async () => {
    expect(await client({ secret: "wrong" }).code2Session("code-a")).toMatchObject({
      retryable: false,
      code: 40125,
      message: "小程序登录配置有误（AppID 或 AppSecret），请联系商家",
    });
    expect(fake.received).toHaveLength(0);
  });

  it("answers 45011 once rate limited, retryable", async () => {
    const limited = await startFakeWeChat({ ...APP, codes: { c1: "o1", c2: "o2" }, rateLimitAfter: 1 });
    try {
      const wechat = createWeChatClient({ ...APP, baseUrl: limited.url });
      expect(await wechat.code2Session("c1")).toMatchObject({ ok: true });
      expect(await wechat.code2Session("c2")).toMatchObject({
        ok: false,
        retryable: true,
        code: 45011,
        message: "登录请求太频繁，请稍后再试",
      });
      limited.reset();
      expect(await wechat.code2Session("c2")).toMatchObject({ ok: true, openid: "o2" });
    } finally {
      await limited.close();
    }
  });

  it("treats 5xx, timeouts and unreadable answers as retryable", async () => {
    fake.setFault({ status: 502 });
    expect(await client().code2Session("code-a")).toMatchObject({
      ok: false,
      retryable: true,
      code: "HTTP_502",
      message: "微信服务器暂时不可用（HTTP 502），请稍后再试",
    });
    fake.setFault("hang");
    expect(await client({ timeoutMs: 200 }).code2Session("code-a")).toMatchObject({
      retryable: true,
      code: "TIMEOUT",
      message: "微信在 0.2 秒内没有响应，请稍后再试",
    });
    fake.setFault({ status: 200, body: "<html>portal</html>" });
    expect(await client().code2Session("code-a")).toMatchObject({ retryable: true, code: "BAD_RESPONSE" });
  });

  it("the fake refuses unexpected query parameters", async () => {
    const res = await fetch(`${fake.url}/sns/jscode2session?appid=${APP.appId}&secret=${APP.secret}&code=x`);
    expect(await res.json()).toMatchObject({ errcode: 40097 });
  });
});

describe("classifyWeChatLoginError", () => {
  it.each([
    [40163, false],
    [41008, false],
    [-1, true],
    [40013, false],
    [99999, false],
  ])("%i → retryable %s", (code, retryable) => {
    const failure = classifyWeChatLoginError(code, "x");
    expect(failure).toMatchObject({ ok: false, retryable, code, platformMessage: "x" });
    expect(failure.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
