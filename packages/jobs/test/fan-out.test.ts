import { InngestTestEngine } from "@inngest/test";
import { describe, expect, test } from "vitest";
import { createExpirySweep } from "../src/functions/expiry-sweep";
import { createTieringSchedule } from "../src/functions/tiering-schedule";
import { sentOk, stubDeps } from "./helpers";

const TENANTS = [
  { id: "t-shanghai", timezone: "Asia/Shanghai" },
  { id: "t-utc", timezone: "UTC" },
  { id: "t-kolkata", timezone: "Asia/Kolkata" },
];

const crons = [
  { name: "tiering-schedule", create: createTieringSchedule, reason: "schedule" },
  { name: "expiry-sweep", create: createExpirySweep, reason: "expiry-sweep" },
] as const;

describe.each(crons)("$name", ({ create, reason }) => {
  test("sends one tenant/retier.requested per tenant, with the hour on the tenant's clock", async () => {
    const deps = stubDeps(TENANTS);
    const t = new InngestTestEngine({ function: create(deps) });
    const { result, ctx } = await t.execute({ steps: sentOk("fan-out") });

    expect(deps.listTenants).toHaveBeenCalledTimes(1);
    expect(ctx.step.run).toHaveBeenCalledWith("list-tenants", expect.any(Function));
    expect(ctx.step.sendEvent).toHaveBeenCalledTimes(1);
    const [id, events] = ctx.step.sendEvent.mock.calls[0] ?? [];
    expect(id).toBe("fan-out");
    expect(events).toHaveLength(3);
    expect(events).toMatchObject([
      { name: "tenant/retier.requested", data: { tenantId: "t-shanghai", hour: "2026-11-27T00", reason } },
      { name: "tenant/retier.requested", data: { tenantId: "t-utc", hour: "2026-11-26T16", reason } },
      { name: "tenant/retier.requested", data: { tenantId: "t-kolkata", hour: "2026-11-26T22", reason } },
    ]);
    expect(result).toEqual({ tenants: 3 });
  });

  test("sends nothing when there are no tenants", async () => {
    const deps = stubDeps([]);
    const t = new InngestTestEngine({ function: create(deps) });
    const { result, ctx } = await t.execute({ steps: sentOk("fan-out") });

    expect(deps.listTenants).toHaveBeenCalledTimes(1);
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
    expect(result).toEqual({ tenants: 0 });
  });

  test("the list-tenants step returns each tenant with its hour (memoized, so replays send the same)", async () => {
    const deps = stubDeps([{ id: "t-utc", timezone: "UTC" }]);
    const t = new InngestTestEngine({ function: create(deps) });
    const { result } = await t.executeStep("list-tenants");

    expect(result).toEqual([{ tenantId: "t-utc", hour: "2026-11-26T16" }]);
    expect(deps.now).toHaveBeenCalledTimes(1);
  });
});

describe("cron triggers", () => {
  test("tiering-schedule runs hourly on China time", () => {
    const fn = createTieringSchedule(stubDeps());
    expect(fn.id()).toBe("tiering-schedule");
    expect(fn.opts.triggers).toEqual([{ cron: "TZ=Asia/Shanghai 0 * * * *" }]);
  });

  test("expiry-sweep runs daily at 00:05 China time", () => {
    const fn = createExpirySweep(stubDeps());
    expect(fn.id()).toBe("expiry-sweep");
    expect(fn.opts.triggers).toEqual([{ cron: "TZ=Asia/Shanghai 5 0 * * *" }]);
  });
});
