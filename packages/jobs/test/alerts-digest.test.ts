import { InngestTestEngine } from "@inngest/test";
import { describe, expect, test } from "vitest";
import {
  ALERTS_DIGEST_CRON,
  createAlertsDigestSchedule,
  createAlertsDigestTenant,
} from "../src/functions/alerts-digest";
import { alertDeps, FIXED_NOW, sentOk } from "./helpers";

const message = { title: "临期预警", markdown: "### 临期预警", link: "http://c/batches" };

describe("alerts-digest-schedule", () => {
  test("runs every quarter hour and asks for each tenant's digests to be checked", async () => {
    const deps = alertDeps();
    deps.listTenants.mockResolvedValue([
      { id: "t-1", timezone: "Asia/Shanghai" },
      { id: "t-2", timezone: "UTC" },
    ]);
    const fn = createAlertsDigestSchedule(deps);
    expect(fn.opts.triggers).toEqual([{ cron: ALERTS_DIGEST_CRON }]);
    expect(ALERTS_DIGEST_CRON).toBe("TZ=Asia/Shanghai */15 * * * *");

    const { result, ctx } = await new InngestTestEngine({ function: fn }).execute({
      steps: sentOk("fan-out"),
    });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("fan-out", [
      expect.objectContaining({ name: "alert/digests.due", data: { tenantId: "t-1" } }),
      expect.objectContaining({ name: "alert/digests.due", data: { tenantId: "t-2" } }),
    ]);
    expect(result).toEqual({ tenants: 2 });
  });

  test("no tenants: sends nothing", async () => {
    const { result, ctx } = await new InngestTestEngine({
      function: createAlertsDigestSchedule(alertDeps()),
    }).execute({ steps: sentOk("fan-out") });
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
    expect(result).toEqual({ tenants: 0 });
  });
});

describe("alerts-digest-tenant", () => {
  const due = { name: "alert/digests.due", data: { tenantId: "t-1" } };

  test("hands each due digest to alerts-send, one run at a time per tenant", async () => {
    const deps = alertDeps();
    deps.planPendingDigests.mockResolvedValue([{ endpointId: "ep-1", message }]);
    const fn = createAlertsDigestTenant(deps);
    expect(fn.opts.concurrency).toEqual({ key: "event.data.tenantId", limit: 1 });

    const { result, ctx } = await new InngestTestEngine({ function: fn }).execute({
      events: [due],
      steps: sentOk("send"),
    });
    expect(deps.planPendingDigests).toHaveBeenCalledWith("t-1", FIXED_NOW);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("send", [
      expect.objectContaining({
        name: "alert/robot.send",
        data: { tenantId: "t-1", endpointId: "ep-1", message },
      }),
    ]);
    expect(result).toEqual({ messages: 1 });
  });

  test("nothing due: sends nothing", async () => {
    const { result, ctx } = await new InngestTestEngine({
      function: createAlertsDigestTenant(alertDeps()),
    }).execute({
      events: [due],
    });
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
    expect(result).toEqual({ messages: 0 });
  });
});
