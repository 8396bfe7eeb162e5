import { inngest } from "../client";
import type { DealAlertDeps } from "../deal-alert-deps";
import { priceBookPublished } from "../events";

/**
 * 到货/降价提醒: a published price-book version tells the consumers waiting for its new mini-program
 * deals. A retryable WeChat failure throws, so Inngest retries the step; alerts already settled are
 * not sent again.
 */
export function createDealAlertsSend(deps: DealAlertDeps) {
  return inngest.createFunction(
    {
      id: "deal-alerts-send",
      name: "Mini-program: tell subscribers about new deals",
      triggers: [priceBookPublished],
      concurrency: { limit: 1, key: "event.data.tenantId" },
      retries: 4,
    },
    async ({ event, step }) =>
      step.run("send", async () => {
        const outcome = await deps.sendDealAlerts(event.data.tenantId, event.data.version);
        if (!outcome) return { skipped: "小程序未配置 AppID/AppSecret，不发送订阅消息" };
        if (outcome.retry > 0) throw new Error(`${outcome.retry} 条特惠提醒未发出：${outcome.retryMessage}`);
        return outcome;
      }),
  );
}
