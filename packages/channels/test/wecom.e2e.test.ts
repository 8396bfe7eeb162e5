import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRobot, WECOM_MARKDOWN_MAX_BYTES, WeComRobot } from "../src";
import { type FakeWeCom, startFakeWeCom } from "../src/testing";

const KEY = "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa";
let fake: FakeWeCom;
let now = Date.UTC(2026, 10, 26, 8, 0, 0);

beforeAll(async () => {
  fake = await startFakeWeCom({ keys: [KEY], now: () => now });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const message = {
  title: "临期提醒：3 个批次今天到期",
  markdown: '### 临期提醒\n> 门店：<font color="warning">朝阳店</font>\n- 光明酸奶 200g ×12',
  link: "https://app.shelfloop.cn/alerts/1",
};

describe("WeCom robot against the fake", () => {
  it("sends markdown to /cgi-bin/webhook/send?key=", async () => {
    const robot = createRobot({ kind: "WECOM", key: KEY, baseUrl: `${fake.url}/` });
    expect(await robot.send(message)).toEqual({ ok: true });
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]?.body).toEqual({ msgtype: "markdown", markdown: { content: message.markdown } });
  });

  it("follows the markdown with a text message carrying mentioned_mobile_list", async () => {
    const robot = createRobot({ kind: "WECOM", key: KEY, baseUrl: fake.url });
    const result = await robot.send({ ...message, mentionMobiles: ["13800000000"], mentionAll: true });
    expect(result).toEqual({ ok: true });
    expect(fake.received.map((r) => r.msgtype)).toEqual(["markdown", "text"]);
    expect(fake.received[1]?.body).toEqual({
      msgtype: "text",
      text: { content: message.title, mentioned_mobile_list: ["13800000000", "@all"] },
    });
  });

  it("cuts long markdown to 4096 bytes with a link the fake accepts", async () => {
    const robot = new WeComRobot({ key: KEY, baseUrl: fake.url });
    const result = await robot.sendMarkdown({ content: "临期🍞".repeat(1000), link: message.link });
    expect(result).toEqual({ ok: true });
    const got = fake.received[0];
    expect(got?.bytes).toBeLessThanOrEqual(WECOM_MARKDOWN_MAX_BYTES);
    expect(got?.bytes).toBeGreaterThan(WECOM_MARKDOWN_MAX_BYTES - 7);
    expect(got?.content.endsWith(`…[查看全部](${message.link})`)).toBe(true);
  });

  it("maps an unknown key to 93000, permanent", async () => {
    const robot = createRobot({ kind: "WECOM", key: "removed-robot", baseUrl: fake.url });
    const result = await robot.send(message);
    expect(result).toMatchObject({
      ok: false,
      retryable: false,
      code: 93000,
      message: "Webhook 地址无效或机器人已被移除",
    });
    expect(!result.ok && result.platformMessage).toMatch(/^invalid webhook url/);
    expect(fake.received).toHaveLength(0);
  });

  it("answers the 21st message in a minute with retryable 45009, and accepts again a minute later", async () => {
    const robot = createRobot({ kind: "WECOM", key: KEY, baseUrl: fake.url });
    for (let i = 0; i < 20; i++) expect(await robot.send(message)).toEqual({ ok: true });
    const result = await robot.send(message);
    expect(result).toMatchObject({ ok: false, retryable: true, code: 45009 });
    expect(!result.ok && result.message).toBe("发送太频繁（每个机器人每分钟最多 20 条），稍后自动重试");
    now += 60_001;
    expect(await robot.send(message)).toEqual({ ok: true });
  });

  it("reports a failed mention without failing the delivered alert", async () => {
    const robot = createRobot({ kind: "WECOM", key: KEY, baseUrl: fake.url });
    for (let i = 0; i < 19; i++) await robot.send(message);
    const result = await robot.send({ ...message, mentionMobiles: ["13800000000"] });
    expect(result.ok).toBe(true);
    expect(result.ok && result.mentionFailure).toMatchObject({ retryable: true, code: 45009 });
  });

  it("shows the fake enforces WeCom's byte limits on its own", async () => {
    const res = await fetch(`${fake.url}/cgi-bin/webhook/send?key=${KEY}`, {
      method: "POST",
      body: JSON.stringify({ msgtype: "markdown", markdown: { content: "a".repeat(4097) } }),
    });
    expect(await res.json()).toMatchObject({ errcode: 40058 });
    const text = await fetch(`${fake.url}/cgi-bin/webhook/send?key=${KEY}`, {
      method: "POST",
      body: JSON.stringify({ msgtype: "text", text: { content: "临".repeat(683) } }),
    });
    expect(await text.json()).toMatchObject({ errcode: 40058 });
  });
});
