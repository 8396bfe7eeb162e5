import { afterEach, describe, expect, test, vi } from "vitest";
import { inngest } from "../src/client";
import { inngestConfigured, requestRetier } from "../src/request";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("inngestConfigured", () => {
  test("is true with an event key or INNGEST_DEV", () => {
    expect(inngestConfigured({ INNGEST_EVENT_KEY: "key" })).toBe(true);
    expect(inngestConfigured({ INNGEST_DEV: "1" })).toBe(true);
    expect(inngestConfigured({ INNGEST_DEV: "http://localhost:8288" })).toBe(true);
  });

  test("is false without either, or with INNGEST_DEV switched off", () => {
    expect(inngestConfigured({})).toBe(false);
    expect(inngestConfigured({ INNGEST_EVENT_KEY: "" })).toBe(false);
    expect(inngestConfigured({ INNGEST_DEV: "0" })).toBe(false);
    expect(inngestConfigured({ INNGEST_DEV: "false" })).toBe(false);
  });
});

describe("requestRetier", () => {
  test("sends tenant/retier.requested with reason manual and the current hour in the tenant's timezone", async () => {
    const send = vi.spyOn(inngest, "send").mockResolvedValue({ ids: ["evt-1"] });
    const now = new Date("2026-11-26T16:30:00.000Z");

    await expect(requestRetier("t-1", { timezone: "UTC", now })).resolves.toEqual({ ids: ["evt-1"] });
    await requestRetier("t-2", { now });

    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[0]?.[0]).toMatchObject({
      name: "tenant/retier.requested",
      data: { tenantId: "t-1", hour: "2026-11-26T16", reason: "manual" },
    });
    expect(send.mock.calls[1]?.[0]).toMatchObject({
      data: { tenantId: "t-2", hour: "2026-11-27T00", reason: "manual" },
    });
  });
});
