import type { HttpOutcome } from "./request";

/** A platform or network failure, the same shape for every channel. */
export interface ChannelFailure {
  ok: false;
  /** True when the same request may succeed later unchanged (rate limit, platform busy, network). */
  retryable: boolean;
  /** The platform's error code, or `HTTP_<status>`, `TIMEOUT`, `NETWORK`, `BAD_RESPONSE`. */
  code: number | string;
  /** What the platform (or the network stack) said, verbatim, for logs and support. */
  platformMessage: string;
  /** Plain Chinese for the merchant (or the consumer, for mini-program login). */
  message: string;
}

/** How a retryable message ends: background jobs retry by themselves, a person at a screen tries again. */
export const AUTO_RETRY = "稍后自动重试";
export const TRY_AGAIN = "请稍后再试";

export const channelFailure = (
  retryable: boolean,
  code: number | string,
  platformMessage: string,
  message: string,
): ChannelFailure => ({ ok: false, retryable, code, platformMessage, message });

export function timeoutFailure(platform: string, timeoutMs: number, retryHint = AUTO_RETRY): ChannelFailure {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return channelFailure(
    true,
    "TIMEOUT",
    `no response within ${timeoutMs} ms`,
    `${platform}在 ${seconds} 秒内没有响应，${retryHint}`,
  );
}

export function networkFailure(platform: string, detail: string, retryHint = AUTO_RETRY): ChannelFailure {
  return channelFailure(true, "NETWORK", detail, `无法连接${platform}服务器，${retryHint}`);
}

/** A 200 the platform's format does not explain: a proxy or captive page answered, so it may pass later. */
export function badResponseFailure(platform: string, body: string, retryHint = AUTO_RETRY): ChannelFailure {
  return channelFailure(
    true,
    "BAD_RESPONSE",
    body.slice(0, 500),
    `${platform}返回了无法识别的内容，${retryHint}`,
  );
}

export function transportFailure(
  platform: string,
  outcome: Exclude<HttpOutcome, { kind: "response" }>,
  retryHint = AUTO_RETRY,
): ChannelFailure {
  return outcome.kind === "timeout"
    ? timeoutFailure(platform, outcome.timeoutMs, retryHint)
    : networkFailure(platform, outcome.detail, retryHint);
}

export interface StatusMessages {
  /** For 429. */
  rateLimited: string;
  /** For the other 4xx (and 3xx): the request or the address is wrong and will stay wrong. */
  rejected: string;
  retryHint?: string;
}

/** Non-2xx answers from a platform: 5xx and 429 are retryable, everything else permanent. */
export function httpStatusFailure(
  platform: string,
  status: number,
  body: string,
  { rateLimited, rejected, retryHint = AUTO_RETRY }: StatusMessages,
): ChannelFailure {
  const code = `HTTP_${status}`;
  const platformMessage = body.slice(0, 500);
  if (status >= 500)
    return channelFailure(
      true,
      code,
      platformMessage,
      `${platform}服务器暂时不可用（HTTP ${status}），${retryHint}`,
    );
  if (status === 429) return channelFailure(true, code, platformMessage, rateLimited);
  return channelFailure(false, code, platformMessage, rejected);
}
