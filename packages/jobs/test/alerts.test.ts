import { InngestTestEngine } from "@inngest/test";
import { NonRetriableError } from "inngest";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { AlertDeps } from "../src/deps";
import { createAlertsPlan } from "../src/functions/alerts-plan";
import { createAlertsSend, recordSendFailure } from "../src/functions/alerts-send";
import { alertDeps, FIXED_NOW, sentOk } from "./helpers";

type Message = Parameters<AlertDeps["sendEndpointMessage"]>[2];

const message: Message = {
  title: "鲜丰超市 临期预警",
  markdown: "### 鲜丰超市 临期预警",
  link: "http://c/batches",
};

const tierChanged = (tenantId: string, batchId: string, toTier = "RED") => ({
  name: "batch/tier.changed",
  data: { tenantId, batchId, fromTier: "YELLOW", toTier, remainingDays: 3 },
});

const sendRequest = {
  name: "alert/robot.send",
  data: { tenantId: "t-1", endpointId: "ep-1", message },
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe("alerts-plan", () => {
  test("plans the batched changes and emits one alert/robot.send per planned message", async () => {
    const deps = alertDeps();
    deps.planTierAlerts.mockResolvedValue([
      { endpointId: "ep-1", message },
      { endpointId: "ep-2", message: { ...message, mentionAll: true } },
    ]);
    const t = new InngestTestEngine({ function: createAlertsPlan(deps) });
    const { result, ctx } = await t.execute({
      events: [tierChanged("t-1", "b-1"), tierChanged("t-1", "b-2", "EXPIRED")],
      steps: sentOk("send"),
    });

    expect(ctx.step.run).toHaveBeenCalledWith("plan", expect.any(Function));
    expect(deps.planTierAlerts).toHaveBeenCalledTimes(1);
    expect(deps.planTierAlerts).toHaveBeenCalledWith(
      "t-1",
      [
        { batchId: "b-1", fromTier: "YELLOW", toTier: "RED", remainingDays: 3 },
        { batchId: "b-2", fromTier: "YELLOW", toTier: "EXPIRED", remainingDays: 3 },
      ],
      FIXED_NOW,
    );
    expect(ctx.step.sendEvent).toHaveBeenCalledTimes(1);
    const [id, events] = ctx.step.sendEvent.mock.calls[0] ?? [];
    expect(id).toBe("send");
    expect(events).toHaveLength(2);
    expect(events).toMatchObject([
      { name: "alert/robot.send", data: { tenantId: "t-1", endpointId: "ep-1", message } },
      {
        name: "alert/robot.send",
        data: { tenantId: "t-1", endpointId: "ep-2", message: { ...message, mentionAll: true } },
      },
    ]);
    expect(result).toEqual({ changes: 2, messages: 2 });
  });

  test("sends nothing when nothing is planned", async () => {
    const deps = alertDeps();
    const t = new InngestTestEngine({ function: createAlertsPlan(deps) });
    const { result, ctx } = await t.execute({ events: [tierChanged("t-1", "b-1")] });

    expect(deps.planTierAlerts).toHaveBeenCalledTimes(1);
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
    expect(result).toEqual({ changes: 1, messages: 0 });
  });

  test("never mixes tenants, even if a batch held two", async () => {
    const deps = alertDeps();
    deps.planTierAlerts.mockImplementation(async (tenantId) => [{ endpointId: `ep-${tenantId}`, message }]);
    const t = new InngestTestEngine({ function: createAlertsPlan(deps) });
    const { ctx } = await t.execute({
      events: [tierChanged("t-1", "b-1"), tierChanged("t-2", "b-2")],
      steps: sentOk("send"),
    });

    expect(deps.planTierAlerts.mock.calls.map(([tenantId, changes]) => [tenantId, changes.length])).toEqual([
      ["t-1", 1],
      ["t-2", 1],
    ]);
    const [, events] = ctx.step.sendEvent.mock.calls[0] ?? [];
    expect(events).toMatchObject([
      { data: { tenantId: "t-1", endpointId: "ep-t-1" } },
      { data: { tenantId: "t-2", endpointId: "ep-t-2" } },
    ]);
  });

  test("is triggered by batch/tier.changed, batched per tenant", () => {
    const fn = createAlertsPlan(alertDeps());
    expect(fn.id()).toBe("alerts-plan");
    expect(fn.opts.triggers).toMatchObject([{ event: "batch/tier.changed" }]);
    expect(fn.opts.batchEvents).toEqual({ maxSize: 500, timeout: "30s", key: "event.data.tenantId" });
  });
});

describe("alerts-send", () => {
  test("sends the message through the endpoint and returns the result", async () => {
    const deps = alertDeps();
    const t = new InngestTestEngine({ function: createAlertsSend(deps) });
    const { result, ctx } = await t.execute({ events: [sendRequest] });

    expect(ctx.step.run).toHaveBeenCalledWith("send", expect.any(Function));
    expect(deps.sendEndpointMessage).toHaveBeenCalledWith("t-1", "ep-1", message);
    expect(result).toEqual({ ok: true });
  });

  test("a paused or deleted endpoint is skipped", async () => {
    const deps = alertDeps();
    deps.sendEndpointMessage.mockResolvedValue({ skipped: "paused" });
    const t = new InngestTestEngine({ function: createAlertsSend(deps) });
    const { result } = await t.execute({ events: [sendRequest] });

    expect(result).toEqual({ skipped: "paused" });
  });

  test("a retryable failure fails the step, so Inngest retries it", async () => {
    const deps = alertDeps();
    deps.sendEndpointMessage.mockResolvedValue({
      ok: false,
      retryable: true,
      code: 45009,
      platformMessage: "api freq out of limit",
      message: "发送太频繁（每个机器人每分钟最多 20 条），稍后自动重试",
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    const t = new InngestTestEngine({ function: createAlertsSend(deps) });
    const { error } = await t.executeStep("send", { events: [sendRequest] });

    expect(error).toMatchObject({ message: "发送太频繁（每个机器人每分钟最多 20 条），稍后自动重试" });
    expect(error).not.toMatchObject({ name: "NonRetriableError" });
    expect(deps.recordEndpointFailure).not.toHaveBeenCalled();
  });

  test("a permanent failure throws NonRetriableError", async () => {
    const deps = alertDeps();
    deps.sendEndpointMessage.mockResolvedValue({
      ok: false,
      retryable: false,
      code: 93000,
      platformMessage: "invalid webhook url",
      message: "Webhook 地址无效或机器人已被移除",
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    const t = new InngestTestEngine({ function: createAlertsSend(deps) });
    const { error } = await t.executeStep("send", { events: [sendRequest] });

    expect(error).toMatchObject({ name: "NonRetriableError", message: "Webhook 地址无效或机器人已被移除" });
  });

  test("is throttled to 20 a minute per endpoint and retried three times", () => {
    const fn = createAlertsSend(alertDeps());
    expect(fn.id()).toBe("alerts-send");
    expect(fn.opts.triggers).toMatchObject([{ event: "alert/robot.send" }]);
    expect(fn.opts.throttle).toEqual({ limit: 20, period: "1m", key: "event.data.endpointId" });
    expect(fn.opts.retries).toBe(3);
  });

  test("onFailure records the failure on the endpoint of the original event", async () => {
    const deps = alertDeps();
    const fn = createAlertsSend(deps);
    const onFailure = fn.opts.onFailure as (ctx: unknown) => Promise<unknown>;
    const step = { run: vi.fn((_id: string, work: () => unknown) => work()) };
    const failure = {
      name: "inngest/function.failed",
      data: { function_id: "shelfloop-alerts-send", run_id: "r-1", error: {}, event: sendRequest },
    };

    await expect(
      onFailure({ event: failure, error: new NonRetriableError("Webhook 地址无效或机器人已被移除"), step }),
    ).resolves.toEqual({ failureCount: 1, paused: false });
    expect(step.run).toHaveBeenCalledWith("record-failure", expect.any(Function));
    expect(deps.recordEndpointFailure).toHaveBeenCalledWith("t-1", "ep-1", {
      message: "Webhook 地址无效或机器人已被移除",
    });
  });

  test("recordSendFailure passes the ids and the error message", async () => {
    const deps = alertDeps();
    await recordSendFailure(deps, { data: { tenantId: "t-9", endpointId: "ep-9" } }, new Error("boom"));
    expect(deps.recordEndpointFailure).toHaveBeenCalledWith("t-9", "ep-9", { message: "boom" });
  });
});
