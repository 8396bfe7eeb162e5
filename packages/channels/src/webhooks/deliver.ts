import { type ChannelFailure, channelFailure, transportFailure } from "../http/failure";
import { sendRequest } from "../http/request";
import { signWebhook, type WebhookSignInput } from "./sign";

const SUBSCRIBER = "订阅方";
const DEFAULT_TIMEOUT_MS = 10_000;

export interface WebhookDeliveryInput extends Omit<WebhookSignInput, "timestamp"> {
  url: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Clock for the signed timestamp. */
  now?: () => number;
}

/** `status` is null when no HTTP answer came back (timeout, network). */
export type WebhookDeliveryResult =
  | { ok: true; status: number }
  | (ChannelFailure & { status: number | null });

/**
 * POSTs one signed event. Never throws. 2xx is delivered; 408, 429, 5xx, timeouts and network errors are
 * retryable (with the same `id`, so the subscriber can deduplicate); any other answer is permanent.
 * Redirects are not followed: the signed body must reach the address the merchant configured, nowhere else.
 */
export async function deliverWebhook({
  url,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  fetch = globalThis.fetch,
  now = Date.now,
  ...event
}: WebhookDeliveryInput): Promise<WebhookDeliveryResult> {
  const headers = {
    "content-type": "application/json; charset=utf-8",
    "user-agent": "Shelfloop-Webhooks/1",
    ...signWebhook({ ...event, timestamp: now() }),
  };
  const outcome = await sendRequest(
    url,
    { method: "POST", headers, body: event.body, redirect: "manual" },
    { timeoutMs, fetch },
  );
  if (outcome.kind !== "response") return { ...transportFailure(SUBSCRIBER, outcome), status: null };
  const { status, text } = outcome;
  if (status >= 200 && status < 300) return { ok: true, status };
  return { ...classifyWebhookStatus(status, text), status };
}

export function classifyWebhookStatus(status: number, body: string): ChannelFailure {
  const code = `HTTP_${status}`;
  const said = body.slice(0, 500);
  if (status === 429) return channelFailure(true, code, said, `${SUBSCRIBER}限流（HTTP 429），稍后自动重试`);
  if (status === 408 || status >= 500)
    return channelFailure(true, code, said, `${SUBSCRIBER}暂时无法接收（HTTP ${status}），稍后自动重试`);
  if (status >= 300 && status < 400)
    return channelFailure(false, code, said, `订阅地址返回了跳转（HTTP ${status}），请填写跳转后的最终地址`);
  return channelFailure(
    false,
    code,
    said,
    `${SUBSCRIBER}拒绝了推送（HTTP ${status}），请检查订阅地址和签名密钥`,
  );
}
