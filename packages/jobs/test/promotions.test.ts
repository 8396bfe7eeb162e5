import { InngestTestEngine } from "@inngest/test";
import { describe, expect, test } from "vitest";
import { createPromotionLifecycle } from "../src/functions/promotion-lifecycle";
import { createPromotionsMatch } from "../src/functions/promotions-match";
import {
  createPromotionsSweep,
  createPromotionsSweepTenant,
  PROMOTIONS_SWEEP_CRON,
} from "../src/functions/promotions-sweep";
import { FIXED_NOW, promotionDeps, sentOk } from "./helpers";

const tierChanged = {
  name: "batch/tier.changed",
  data: { tenantId: "t-1", batchId: "b-1", fromTier: "NORMAL", toTier: "YELLOW", remainingDays: 3 },
};

const STARTS = new Date("2026-11-26T16:30:00.000Z");
const ENDS = new Date("2026-12-10T16:30:00.000Z");

/** The test engine does not sleep: answer both sleeps as Inngest does when their time has come. */
const woken = () => [
  { id: "wait-for-start", handler: () => null },
  { id: "wait-for-end", handler: () => null },
];

const approved = {
  name: "promotion/approved",
  data: { tenantId: "t-1", promotionId: "p-1", startsAt: STARTS.toISOString(), endsAt: ENDS.toISOString() },
};

describe("promotions-match", () => {
  test("matches the batch and hands auto-approved promotions to their lifecycle", async () => {
    const deps = promotionDeps();
    deps.matchBatches.mockResolvedValue({
      created: 1,
      closed: 1,
      approved: [{ promotionId: "p-1", startsAt: STARTS, endsAt: ENDS }],
      skipped: [],
    });
    const t = new InngestTestEngine({ function: createPromotionsMatch(deps) });
    const { result, ctx } = await t.execute({ events: [tierChanged], steps: sentOk("schedule-lifecycle") });

    expect(ctx.step.run).toHaveBeenCalledWith("match", expect.any(Function));
    expect(deps.matchBatches).toHaveBeenCalledWith("t-1", ["b-1"], FIXED_NOW);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("schedule-lifecycle", [
      expect.objectContaining({ name: "promotion/approved", data: approved.data }),
    ]);
    expect(result).toEqual({ created: 1, closed: 1, skipped: [] });
  });

  test("a redelivered change that matches nothing new sends nothing", async () => {
    const deps = promotionDeps();
    const t = new InngestTestEngine({ function: createPromotionsMatch(deps) });
    const { result, ctx } = await t.execute({ events: [tierChanged] });

    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
    expect(result).toEqual({ created: 0, closed: 0, skipped: [] });
  });

  test("runs one at a time per tenant, unbatched (a concurrency key is ignored on batched functions)", () => {
    const fn = createPromotionsMatch(promotionDeps());
    expect(fn.id()).toBe("promotions-match");
    expect(fn.opts.triggers).toMatchObject([{ event: "batch/tier.changed" }]);
    expect(fn.opts.concurrency).toEqual({ key: "event.data.tenantId", limit: 1 });
    expect(fn.opts.batchEvents).toBeUndefined();
  });
});

describe("promotion-lifecycle", () => {
  test("sleeps until the start, activates, sleeps until the end, ends", async () => {
    const deps = promotionDeps();
    const t = new InngestTestEngine({ function: createPromotionLifecycle(deps) });
    const { result, ctx } = await t.execute({ events: [approved], steps: woken() });

    expect(ctx.step.sleepUntil.mock.calls).toEqual([
      ["wait-for-start", STARTS.toISOString()],
      ["wait-for-end", ENDS.toISOString()],
    ]);
    expect(deps.activatePromotion).toHaveBeenCalledWith("t-1", "p-1", FIXED_NOW);
    expect(deps.endPromotion).toHaveBeenCalledWith("t-1", "p-1", FIXED_NOW);
    expect(result).toEqual({ status: "ENDED" });
  });

  test("stops when the promotion is no longer active at its start (cancelled, superseded)", async () => {
    const deps = promotionDeps();
    deps.activatePromotion.mockResolvedValue("CANCELLED");
    const t = new InngestTestEngine({ function: createPromotionLifecycle(deps) });
    const { result, ctx } = await t.execute({ events: [approved], steps: woken() });

    expect(ctx.step.sleepUntil.mock.calls.map(([id]) => id)).not.toContain("wait-for-end");
    expect(deps.endPromotion).not.toHaveBeenCalled();
    expect(result).toEqual({ status: "CANCELLED" });
  });

  test("a replay uses the recorded activation instead of activating again", async () => {
    const deps = promotionDeps();
    const t = new InngestTestEngine({ function: createPromotionLifecycle(deps) });
    const { result } = await t.execute({
      events: [approved],
      steps: [...woken(), { id: "activate", handler: () => "ACTIVE" }],
    });

    expect(deps.activatePromotion).not.toHaveBeenCalled();
    expect(deps.endPromotion).toHaveBeenCalledTimes(1);
    expect(result).toEqual({ status: "ENDED" });
  });

  test("runs once per promotion", () => {
    const fn = createPromotionLifecycle(promotionDeps());
    expect(fn.id()).toBe("promotion-lifecycle");
    expect(fn.opts.triggers).toMatchObject([{ event: "promotion/approved" }]);
    expect(fn.opts.idempotency).toBe("event.data.promotionId");
  });
});

describe("promotions-sweep", () => {
  test("runs hourly and asks for every tenant to be swept", async () => {
    const deps = promotionDeps();
    deps.listTenants.mockResolvedValue([
      { id: "t-1", timezone: "Asia/Shanghai" },
      { id: "t-2", timezone: "UTC" },
    ]);
    const fn = createPromotionsSweep(deps);
    expect(fn.opts.triggers).toEqual([{ cron: PROMOTIONS_SWEEP_CRON }]);
    expect(PROMOTIONS_SWEEP_CRON).toBe("TZ=Asia/Shanghai 15 * * * *");

    const { result, ctx } = await new InngestTestEngine({ function: fn }).execute({
      steps: sentOk("fan-out"),
    });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("fan-out", [
      expect.objectContaining({ name: "promotion/sweep.due", data: { tenantId: "t-1" } }),
      expect.objectContaining({ name: "promotion/sweep.due", data: { tenantId: "t-2" } }),
    ]);
    expect(result).toEqual({ tenants: 2 });
  });

  test("sweeps one tenant at a time", async () => {
    const deps = promotionDeps();
    deps.sweepPromotions.mockResolvedValue({ ended: 2, activated: 1 });
    const fn = createPromotionsSweepTenant(deps);
    expect(fn.opts.concurrency).toEqual({ key: "event.data.tenantId", limit: 1 });

    const { result } = await new InngestTestEngine({ function: fn }).execute({
      events: [{ name: "promotion/sweep.due", data: { tenantId: "t-1" } }],
    });
    expect(deps.sweepPromotions).toHaveBeenCalledWith("t-1", FIXED_NOW);
    expect(result).toEqual({ ended: 2, activated: 1 });
  });
});
