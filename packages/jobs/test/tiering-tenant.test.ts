import { InngestTestEngine } from "@inngest/test";
import { describe, expect, test, vi } from "vitest";
import { createTieringTenant } from "../src/functions/tiering-tenant";
import { FIXED_NOW, makeChanges, sentOk, stubDeps } from "./helpers";

const request = {
  name: "tenant/retier.requested",
  data: { tenantId: "t-1", hour: "2026-11-27T00", reason: "schedule" },
};

describe("tiering-tenant", () => {
  test("re-tiers the requested tenant and emits one batch/tier.changed per change", async () => {
    const changes = makeChanges(3);
    const deps = stubDeps([], changes);
    const t = new InngestTestEngine({ function: createTieringTenant(deps) });
    const { result, ctx } = await t.execute({ events: [request], steps: sentOk("emit-tier-changes-0") });

    expect(deps.retierTenant).toHaveBeenCalledTimes(1);
    expect(deps.retierTenant).toHaveBeenCalledWith("t-1", FIXED_NOW);
    expect(ctx.step.run).toHaveBeenCalledWith("retier", expect.any(Function));
    expect(ctx.step.sendEvent).toHaveBeenCalledTimes(1);
    const [id, events] = ctx.step.sendEvent.mock.calls[0] ?? [];
    expect(id).toBe("emit-tier-changes-0");
    expect(events).toHaveLength(3);
    expect(events).toMatchObject(
      changes.map((change) => ({ name: "batch/tier.changed", data: { tenantId: "t-1", ...change } })),
    );
    expect(result).toEqual({ changes: 3 });
  });

  test("sends changes in chunks of at most 500 per sendEvent step", async () => {
    const changes = makeChanges(501);
    const deps = stubDeps([], changes);
    const t = new InngestTestEngine({ function: createTieringTenant(deps) });
    const { result, ctx } = await t.execute({
      events: [request],
      steps: sentOk("emit-tier-changes-0", "emit-tier-changes-1"),
    });

    const calls = ctx.step.sendEvent.mock.calls;
    expect(calls.map(([id]) => id)).toEqual(["emit-tier-changes-0", "emit-tier-changes-1"]);
    const [first, second] = calls.map(([, events]) => events as { name: string; data: unknown }[]);
    expect(first).toHaveLength(500);
    expect(second).toHaveLength(1);
    expect([...(first ?? []), ...(second ?? [])].map((event) => event.data)).toMatchObject(
      changes.map((change) => ({ tenantId: "t-1", ...change })),
    );
    expect(result).toEqual({ changes: 501 });
  });

  test("exactly 500 changes fit in one step", async () => {
    const deps = stubDeps([], makeChanges(500));
    const t = new InngestTestEngine({ function: createTieringTenant(deps) });
    const { result, ctx } = await t.execute({ events: [request], steps: sentOk("emit-tier-changes-0") });

    expect(ctx.step.sendEvent).toHaveBeenCalledTimes(1);
    expect(result).toEqual({ changes: 500 });
  });

  test("emits nothing when no batch changed tier", async () => {
    const deps = stubDeps([], []);
    const t = new InngestTestEngine({ function: createTieringTenant(deps) });
    const { result, ctx } = await t.execute({ events: [request] });

    expect(deps.retierTenant).toHaveBeenCalledWith("t-1", FIXED_NOW);
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
    expect(result).toEqual({ changes: 0 });
  });

  test("a failing re-tier fails the run and emits nothing", async () => {
    const deps = stubDeps();
    deps.retierTenant.mockRejectedValue(new Error("database unavailable"));
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const t = new InngestTestEngine({ function: createTieringTenant(deps) });
    const { error, ctx } = await t.execute({ events: [request] });

    expect(error).toMatchObject({ message: "database unavailable" });
    logged.mockRestore();
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });

  test("is triggered by tenant/retier.requested, one run at a time per tenant, once per slot", () => {
    const fn = createTieringTenant(stubDeps());
    expect(fn.id()).toBe("tiering-tenant");
    expect(fn.opts.triggers).toMatchObject([{ event: "tenant/retier.requested" }]);
    expect(fn.opts.concurrency).toEqual({ key: "event.data.tenantId", limit: 1 });
    expect(fn.opts.idempotency).toBe("event.data.tenantId + '-' + event.data.hour + '-' + event.data.reason");
  });
});
