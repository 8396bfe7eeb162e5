import { InngestTestEngine } from "@inngest/test";
import { type DeliveryOutcome, WEBHOOK_MAX_ATTEMPTS } from "@shelfloop/db";
import { describe, expect, test, vi } from "vitest";
import { createWebhookDeliver, createWebhookFanOut } from "../src/functions/webhooks";
import type { WebhookDeps } from "../src/webhook-deps";
import { sentOk } from "./helpers";

const published = { name: "pricebook/published", data: { tenantId: "t-1", version: 7 } };
const requested = { name: "webhook/delivery.requested", data: { tenantId: "t-1", subscriptionId: "s-1" } };

describe("webhook-fan-out", () => {
  test("queues the version for every subscription and starts each one's deliveries", async () => {
    const enqueueDeliveries = vi.fn<WebhookDeps["enqueueDeliveries"]>(async () => ["s-1", "s-2"]);
    const t = new InngestTestEngine({ function: createWebhookFanOut({ enqueueDeliveries }) });
    const { result, ctx } = await t.execute({ events: [published], steps: sentOk("deliver") });

    expect(enqueueDeliveries).toHaveBeenCalledWith("t-1", 7);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("deliver", [
      expect.objectContaining({
        name: "webhook/delivery.requested",
        data: { tenantId: "t-1", subscriptionId: "s-1" },
      }),
      expect.objectContaining({
        name: "webhook/delivery.requested",
        data: { tenantId: "t-1", subscriptionId: "s-2" },
      }),
    ]);
    expect(result).toEqual({ subscriptions: 2 });
  });

  test("a tenant without subscriptions sends nothing", async () => {
    const t = new InngestTestEngine({
      function: createWebhookFanOut({ enqueueDeliveries: async () => [] }),
    });
    const { result, ctx } = await t.execute({ events: [published] });
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
    expect(result).toEqual({ subscriptions: 0 });
  });
});

describe("webhook-deliver", () => {
  test("runs one at a time per subscription, retrying a failing version 4 times (5 attempts)", () => {
    const fn = createWebhookDeliver({ deliverNext: async () => ({ kind: "idle" }) });
    expect(fn.id()).toBe("webhook-deliver");
    expect(fn.opts.triggers).toMatchObject([{ event: "webhook/delivery.requested" }]);
    expect(fn.opts.concurrency).toEqual({ limit: 1, key: "event.data.subscriptionId" });
    expect(fn.opts.retries).toBe(4);
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(5);
    expect(createWebhookFanOut({ enqueueDeliveries: async () => [] }).opts.triggers).toMatchObject([
      { event: "pricebook/published" },
    ]);
  });

  test("delivers until nothing is pending, counting dead-lettered versions", async () => {
    const outcomes: DeliveryOutcome[] = [
      { kind: "delivered", version: 1 },
      { kind: "dead", version: 2, message: "HTTP 404" },
      { kind: "delivered", version: 3 },
      { kind: "idle" },
    ];
    const deliverNext = vi.fn<WebhookDeps["deliverNext"]>(async () => outcomes.shift() ?? { kind: "idle" });
    const t = new InngestTestEngine({ function: createWebhookDeliver({ deliverNext }) });
    const { result, ctx } = await t.execute({ events: [requested] });

    expect(deliverNext).toHaveBeenCalledWith("t-1", "s-1");
    expect(ctx.step.run.mock.calls.map(([id]) => id)).toEqual([
      "deliver-0",
      "deliver-1",
      "deliver-2",
      "deliver-3",
    ]);
    expect(result).toEqual({ delivered: 2, dead: 1 });
  });

  test("a retryable failure fails the step so Inngest retries it before any later version", async () => {
    const deliverNext = vi.fn<WebhookDeps["deliverNext"]>(async () => ({
      kind: "retry",
      version: 4,
      message: "订阅方暂时无法接收（HTTP 503）",
    }));
    const t = new InngestTestEngine({ function: createWebhookDeliver({ deliverNext }) });
    const { error } = await t.execute({ events: [requested] });
    expect(String((error as { message?: string })?.message ?? error)).toMatch(/版本 4 推送失败/);
    expect(deliverNext).toHaveBeenCalledTimes(1);
  });
});
