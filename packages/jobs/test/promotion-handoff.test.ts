import { InngestTestEngine } from "@inngest/test";
import type { PromotionEventPayload } from "@shelfloop/db";
import { describe, expect, test, vi } from "vitest";
import type { HandoffDeps } from "../src/deps";
import { createPromotionHandoff } from "../src/functions/promotion-handoff";
import { sentOk } from "./helpers";

const event = (data: PromotionEventPayload) => ({ name: "promotion/lifecycle", data });

describe("promotion-handoff", () => {
  test("plans one tenant's batch of events once and sends each robot message", async () => {
    const planPromotionHandoffs = vi.fn<HandoffDeps["planPromotionHandoffs"]>(async () => [
      { endpointId: "e-1", message: { title: "促销上线：1 个已上线", markdown: "### 促销上线" } },
    ]);
    const fn = createPromotionHandoff({ planPromotionHandoffs });
    expect(fn.opts.batchEvents).toEqual({ maxSize: 200, timeout: "30s", key: "event.data.tenantId" });
    const at = new Date().toISOString();
    const { result, ctx } = await new InngestTestEngine({ function: fn }).execute({
      events: [
        event({ tenantId: "t-1", promotionId: "p-1", event: "APPROVED", at }),
        event({ tenantId: "t-1", promotionId: "p-1", event: "ACTIVATED", at }),
      ],
      steps: sentOk("send"),
    });
    expect(planPromotionHandoffs).toHaveBeenCalledTimes(1);
    expect(planPromotionHandoffs.mock.calls[0]?.[1].map((e) => e.event)).toEqual(["APPROVED", "ACTIVATED"]);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("send", [
      expect.objectContaining({
        name: "alert/robot.send",
        data: expect.objectContaining({ tenantId: "t-1", endpointId: "e-1" }),
      }),
    ]);
    expect(result).toEqual({ events: 2, messages: 1 });
  });
});
