import { InngestTestEngine } from "@inngest/test";
import { describe, expect, test, vi } from "vitest";
import type { DealAlertDeps } from "../src/deal-alert-deps";
import { createDealAlertsSend } from "../src/functions/deal-alerts";

const published = { name: "pricebook/published", data: { tenantId: "t-1", version: 3 } };

describe("deal-alerts-send", () => {
  test("sends the version's alerts for its tenant, one run at a time per tenant", async () => {
    const sendDealAlerts = vi.fn<DealAlertDeps["sendDealAlerts"]>(async () => ({
      sent: 2,
      failed: 1,
      retry: 0,
    }));
    const fn = createDealAlertsSend({ sendDealAlerts });
    expect(fn.opts.triggers).toMatchObject([{ event: "pricebook/published" }]);
    expect(fn.opts.concurrency).toEqual({ limit: 1, key: "event.data.tenantId" });
    const { result } = await new InngestTestEngine({ function: fn }).execute({ events: [published] });
    expect(sendDealAlerts).toHaveBeenCalledWith("t-1", 3);
    expect(result).toEqual({ sent: 2, failed: 1, retry: 0 });
  });

  test("fails the step for a retry while WeChat could not take some alerts", async () => {
    const fn = createDealAlertsSend({
      sendDealAlerts: async () => ({
        sent: 1,
        failed: 0,
        retry: 2,
        retryMessage: "微信繁忙或调用太频繁，稍后自动重试",
      }),
    });
    const { error } = await new InngestTestEngine({ function: fn }).execute({ events: [published] });
    expect(String((error as { message?: string })?.message ?? error)).toMatch(/2 条特惠提醒未发出：微信繁忙/);
  });

  test("says why nothing was sent when no mini-program is configured", async () => {
    const fn = createDealAlertsSend({ sendDealAlerts: async () => null });
    const { result } = await new InngestTestEngine({ function: fn }).execute({ events: [published] });
    expect(result).toEqual({ skipped: expect.stringContaining("AppSecret") });
  });
});
