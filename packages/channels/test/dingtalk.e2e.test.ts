import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRobot, DINGTALK_BODY_MAX_BYTES, DingTalkRobot } from "../src";
import { type FakeDingTalk, startFakeDingTalk } from "../src/testing";

const SIGNED = { accessToken: "tok-signed", secret: "SECabc123" };
const PLAIN = { accessToken: "tok-plain" };
const KEYWORD = { accessToken: "tok-keyword", keywords: ["临期"] };
let fake: FakeDingTalk;
const now = Date.UTC(2026, 10, 26, 8, 0, 0);
const clock = () => now;

beforeAll(async () => {
  fake = await startFakeDingTalk({ robots: [SIGNED, PLAIN, KEYWORD], now: clock });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const message = {
  title: "临期提醒",
  markdown: "### 临期提醒\n- 光明酸奶 200g ×12，今天到期",
  link: "https://app.shelfloop.cn/alerts/1",
};

describe("DingTalk robot against the fake", () => {
  it("sends a signed markdown message with at", async () => {
    const robot = createRobot({ kind: "DINGTALK", ...SIGNED, baseUrl: fake.url }, { now: clock });
    const result = await robot.send({ ...message, mentionMobiles: ["13800000000"] });
    expect(result).toEqual({ ok: true });
    expect(fake.received[0]?.body).toEqual({
      msgtype: "markdown",
      markdown: { title: message.title, text: `${message.markdown}\n\n@13800000000` },
      at: { atMobiles: ["13800000000"], atUserIds: [], isAtAll: false },
    });
  });

  it("sends without timestamp and sign when no secret is configured", async () => {
    const robot = createRobot({ kind: "DINGTALK", ...PLAIN, baseUrl: fake.url });
    expect(await robot.send({ ...message, mentionAll: true })).toEqual({ ok: true });
    expect(fake.received[0]?.isAtAll).toBe(true);
  });

  it("maps a wrong secret to 310000 and the sign-mismatch message", async () => {
    const robot = createRobot(
      { kind: "DINGTALK", accessToken: SIGNED.accessToken, secret: "SECwrong", baseUrl: fake.url },
      { now: clock },
    );
    const result = await robot.send(message);
    expect(result).toMatchObject({
      ok: false,
      retryable: false,
      code: 310000,
      message: "签名不匹配，请检查加签密钥",
    });
    expect(!result.ok && result.platformMessage).toMatch(/^sign not match/);
    expect(fake.received).toHaveLength(0);
  });

  it("maps a stale timestamp (server clock off by over an hour) to the timestamp message", async () => {
    const robot = createRobot(
      { kind: "DINGTALK", ...SIGNED, baseUrl: fake.url },
      { now: () => now - 3_700_000 },
    );
    expect(await robot.send(message)).toMatchObject({
      code: 310000,
      message: "时间戳无效，请检查服务器时间",
    });
  });

  it("maps a missing keyword to the keyword message", async () => {
    const robot = createRobot({ kind: "DINGTALK", ...KEYWORD, baseUrl: fake.url });
    expect(await robot.send({ ...message, title: "提醒", markdown: "今天到期" })).toMatchObject({
      code: 310000,
      message: "消息未包含机器人设置的关键词",
    });
    expect(await robot.send(message)).toEqual({ ok: true });
  });

  it("keeps the whole body within 20000 bytes, mentions intact, with escapes counted", async () => {
    const robot = new DingTalkRobot({ ...PLAIN, baseUrl: fake.url });
    const text = '临期"🍞"\n'.repeat(3000);
    const result = await robot.sendMarkdown({
      title: "临期",
      text,
      link: message.link,
      atMobiles: ["13900000000"],
    });
    expect(result).toEqual({ ok: true });
    const got = fake.received[0];
    expect(got?.bytes).toBeLessThanOrEqual(DINGTALK_BODY_MAX_BYTES);
    expect(got?.bytes).toBeGreaterThan(DINGTALK_BODY_MAX_BYTES - 10);
    expect(got?.text.endsWith(`…[查看全部](${message.link})\n\n@13900000000`)).toBe(true);
  });

  it("the fake answers 460101 to a body over 20000 bytes", async () => {
    const res = await fetch(`${fake.url}/robot/send?access_token=${PLAIN.accessToken}`, {
      method: "POST",
      body: JSON.stringify({ msgtype: "markdown", markdown: { title: "t", text: "a".repeat(20_000) } }),
    });
    expect(await res.json()).toMatchObject({ errcode: 460101 });
  });

  it("answers the 21st message in a minute with retryable 130101", async () => {
    const robot = createRobot({ kind: "DINGTALK", ...SIGNED, baseUrl: fake.url }, { now: clock });
    for (let i = 0; i < 20; i++) expect(await robot.send(message)).toEqual({ ok: true });
    expect(await robot.send(message)).toMatchObject({ ok: false, retryable: true, code: 130101 });
  });

  it("maps an unknown access token to 300001, permanent", async () => {
    const robot = createRobot({ kind: "DINGTALK", accessToken: "nope", baseUrl: fake.url });
    expect(await robot.send(message)).toMatchObject({ ok: false, retryable: false, code: 300001 });
  });
});
