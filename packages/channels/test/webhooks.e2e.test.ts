import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import {
  classifyWebhookStatus,
  deliverWebhook,
  signWebhook,
  verifyWebhook,
  WEBHOOK_TOLERANCE_MS,
} from "../src";
import { startFakeWebhookReceiver } from "../src/testing";

const SECRET = "whsec_demo_5b1f";
const NOW = 1764174600000;
const body = JSON.stringify({ barcode: "6901234567892", priceFen: 990, store: "S001" });
const event = { secret: SECRET, event: "price.changed", id: "dlv_01", body };

describe("signWebhook / verifyWebhook", () => {
  it("signs sha256=hex(HMAC(secret, timestamp.body))", () => {
    const expected = createHmac("sha256", SECRET).update(`${NOW}.${body}`).digest("hex");
    expect(signWebhook({ ...event, timestamp: NOW })).toEqual({
      "X-Shelfloop-Event": "price.changed",
      "X-Shelfloop-Delivery": "dlv_01",
      "X-Shelfloop-Timestamp": String(NOW),
      "X-Shelfloop-Signature": `sha256=${expected}`,
    });
  });

  it("verifies its own signature and refuses tampering, staleness and missing headers", () => {
    const headers = signWebhook({ ...event, timestamp: NOW });
    expect(verifyWebhook({ secret: SECRET, headers, body, now: NOW + 1000 })).toEqual({
      ok: true,
      event: "price.changed",
      id: "dlv_01",
      timestamp: NOW,
    });
    expect(verifyWebhook({ secret: SECRET, headers, body: `${body} `, now: NOW })).toMatchObject({
      ok: false,
      code: "BAD_SIGNATURE",
    });
    expect(verifyWebhook({ secret: "other", headers, body, now: NOW })).toMatchObject({
      code: "BAD_SIGNATURE",
    });
    expect(
      verifyWebhook({ secret: SECRET, headers, body, now: NOW + WEBHOOK_TOLERANCE_MS + 1 }),
    ).toMatchObject({ code: "STALE_TIMESTAMP" });
    const { "X-Shelfloop-Delivery": _, ...noId } = headers;
    expect(verifyWebhook({ secret: SECRET, headers: noId, body, now: NOW })).toMatchObject({
      code: "MISSING_HEADERS",
    });
  });
});

describe("deliverWebhook against the flaky receiver", () => {
  it("fails the first attempts with a retryable 503, then delivers; deliveries stay in order", async () => {
    const receiver = await startFakeWebhookReceiver({ secret: SECRET, failFirst: 2 });
    try {
      const send = (id: string) => deliverWebhook({ ...event, id, url: `${receiver.url}/hooks/shelfloop` });
      const first = await send("dlv_01");
      expect(first).toMatchObject({
        ok: false,
        status: 503,
        retryable: true,
        code: "HTTP_503",
        message: "订阅方暂时无法接收（HTTP 503），稍后自动重试",
      });
      expect(await send("dlv_01")).toMatchObject({ ok: false, retryable: true });
      expect(await send("dlv_01")).toEqual({ ok: true, status: 200 });
      expect(await send("dlv_02")).toEqual({ ok: true, status: 200 });
      expect(receiver.answers.map((a) => [a.id, a.status])).toEqual([
        ["dlv_01", 503],
        ["dlv_01", 503],
        ["dlv_01", 200],
        ["dlv_02", 200],
      ]);
      expect(receiver.received.map((d) => d.id)).toEqual(["dlv_01", "dlv_02"]);
      expect(receiver.received[0]).toMatchObject({
        path: "/hooks/shelfloop",
        event: "price.changed",
        body: JSON.parse(body),
        raw: body,
      });
    } finally {
      await receiver.close();
    }
  });

  it.each([
    [429, true],
    [408, true],
    [500, true],
    [400, false],
    [410, false],
  ])("classifies an injected HTTP %i as retryable %s", async (failWith, retryable) => {
    const receiver = await startFakeWebhookReceiver({ secret: SECRET, failFirst: 1, failWith });
    try {
      expect(await deliverWebhook({ ...event, url: receiver.url })).toMatchObject({
        ok: false,
        status: failWith,
        retryable,
      });
    } finally {
      await receiver.close();
    }
  });

  it("a wrong secret gets the receiver's 401, permanent", async () => {
    const receiver = await startFakeWebhookReceiver({ secret: SECRET });
    try {
      const result = await deliverWebhook({ ...event, secret: "rotated", url: receiver.url });
      expect(result).toMatchObject({ ok: false, status: 401, retryable: false });
      expect(receiver.answers[0]?.outcome).toBe("bad-signature");
      expect(receiver.received).toHaveLength(0);
    } finally {
      await receiver.close();
    }
  });

  it("signs with the sender's clock, which the receiver checks", async () => {
    const receiver = await startFakeWebhookReceiver({ secret: SECRET, now: () => NOW });
    try {
      const late = await deliverWebhook({
        ...event,
        url: receiver.url,
        now: () => NOW - WEBHOOK_TOLERANCE_MS - 1,
      });
      expect(late).toMatchObject({ ok: false, status: 401 });
      expect(receiver.answers[0]?.outcome).toBe("stale");
      expect(await deliverWebhook({ ...event, url: receiver.url, now: () => NOW })).toEqual({
        ok: true,
        status: 200,
      });
    } finally {
      await receiver.close();
    }
  });

  it("does not follow a redirect, even one that would keep the POST", async () => {
    const receiver = await startFakeWebhookReceiver({ secret: SECRET });
    const redirector = createServer((_, res) => res.writeHead(307, { location: receiver.url }).end());
    await new Promise<void>((resolve) => redirector.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = redirector.address() as AddressInfo;
      expect(await deliverWebhook({ ...event, url: `http://127.0.0.1:${port}/` })).toMatchObject({
        ok: false,
        status: 307,
        retryable: false,
        message: "订阅地址返回了跳转（HTTP 307），请填写跳转后的最终地址",
      });
      expect(receiver.answers).toHaveLength(0);
    } finally {
      redirector.close();
      await receiver.close();
    }
  });

  it("times out on a hung subscriber and reports an unreachable one, both retryable", async () => {
    const receiver = await startFakeWebhookReceiver({ secret: SECRET });
    try {
      receiver.setFault("hang");
      expect(await deliverWebhook({ ...event, url: receiver.url, timeoutMs: 200 })).toMatchObject({
        ok: false,
        status: null,
        retryable: true,
        code: "TIMEOUT",
      });
    } finally {
      await receiver.close();
    }
    expect(await deliverWebhook({ ...event, url: receiver.url })).toMatchObject({
      ok: false,
      status: null,
      retryable: true,
      code: "NETWORK",
      message: "无法连接订阅方服务器，稍后自动重试",
    });
  });

  it("classifyWebhookStatus keeps the subscriber's answer for logs", () => {
    expect(classifyWebhookStatus(403, "forbidden")).toEqual({
      ok: false,
      retryable: false,
      code: "HTTP_403",
      platformMessage: "forbidden",
      message: "订阅方拒绝了推送（HTTP 403），请检查订阅地址和签名密钥",
    });
  });
});
