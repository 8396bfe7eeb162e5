import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRobot, type RobotConfig } from "../src";
import { type FakeDingTalk, type FakeWeCom, startFakeDingTalk, startFakeWeCom } from "../src/testing";

let wecom: FakeWeCom;
let dingtalk: FakeDingTalk;

beforeAll(async () => {
  wecom = await startFakeWeCom({ keys: ["k"] });
  dingtalk = await startFakeDingTalk({ robots: [{ accessToken: "t" }] });
});
afterEach(() => {
  wecom.reset();
  dingtalk.reset();
});
afterAll(async () => {
  await wecom.close();
  await dingtalk.close();
});

const message = { title: "临期提醒", markdown: "### 临期提醒" };
const configs = (): RobotConfig[] => [
  { kind: "WECOM", key: "k", baseUrl: wecom.url },
  { kind: "DINGTALK", accessToken: "t", baseUrl: dingtalk.url },
];

describe("transport failures are retryable", () => {
  it("a 502 from a gateway", async () => {
    wecom.setFault({ status: 502 });
    dingtalk.setFault({ status: 502 });
    for (const config of configs()) {
      expect(await createRobot(config).send(message)).toMatchObject({
        ok: false,
        retryable: true,
        code: "HTTP_502",
      });
    }
  });

  it("a server that never answers times out", async () => {
    wecom.setFault("hang");
    dingtalk.setFault("hang");
    for (const config of configs()) {
      const started = Date.now();
      const result = await createRobot(config, { timeoutMs: 200 }).send(message);
      expect(result).toMatchObject({ ok: false, retryable: true, code: "TIMEOUT" });
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });

  it("a port nobody listens on", async () => {
    const port = await freePort();
    const result = await createRobot({ kind: "WECOM", key: "k", baseUrl: `http://127.0.0.1:${port}` }).send(
      message,
    );
    expect(result).toMatchObject({ ok: false, retryable: true, code: "NETWORK" });
    expect(!result.ok && result.platformMessage).toMatch(/ECONNREFUSED/);
  });

  it("a 404 (wrong base URL path) is permanent", async () => {
    const result = await createRobot({ kind: "WECOM", key: "k", baseUrl: `${wecom.url}/wrong` }).send(
      message,
    );
    expect(result).toMatchObject({ ok: false, retryable: false, code: "HTTP_404" });
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
