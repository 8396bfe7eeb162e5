import { createHmac } from "node:crypto";
import { type HeaderBag, readHeader } from "../http/headers";
import { safeEqual } from "../http/safe-equal";

export const WEBHOOK_HEADERS = {
  event: "X-Shelfloop-Event",
  delivery: "X-Shelfloop-Delivery",
  timestamp: "X-Shelfloop-Timestamp",
  signature: "X-Shelfloop-Signature",
} as const;

export type WebhookHeaders = Record<(typeof WEBHOOK_HEADERS)[keyof typeof WEBHOOK_HEADERS], string>;

/** Receivers should refuse a delivery signed more than 5 minutes from their clock, either way. */
export const WEBHOOK_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * `sha256=` + hex(HMAC-SHA256(secret, timestamp + "." + body)). The timestamp is inside the MAC so a
 * captured delivery cannot be replayed later with a fresh timestamp.
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex")}`;
}

export interface WebhookSignInput {
  secret: string;
  /** e.g. "price.changed". */
  event: string;
  /** The delivery id: the same on every retry of one event, so receivers can drop duplicates. */
  id: string;
  /** The exact JSON text that is sent. */
  body: string;
  /** Unix milliseconds; defaults to now. Each attempt is signed afresh. */
  timestamp?: number;
}

export function signWebhook({
  secret,
  event,
  id,
  body,
  timestamp = Date.now(),
}: WebhookSignInput): WebhookHeaders {
  return {
    [WEBHOOK_HEADERS.event]: event,
    [WEBHOOK_HEADERS.delivery]: id,
    [WEBHOOK_HEADERS.timestamp]: String(timestamp),
    [WEBHOOK_HEADERS.signature]: webhookSignature(secret, timestamp, body),
  };
}

export interface WebhookVerifyInput {
  secret: string;
  headers: HeaderBag;
  /** The raw body text as received. */
  body: string;
  /** Unix milliseconds; defaults to now. */
  now?: number;
  toleranceMs?: number;
}

export type WebhookVerifyResult =
  | { ok: true; event: string; id: string; timestamp: number }
  | { ok: false; code: "MISSING_HEADERS" | "STALE_TIMESTAMP" | "BAD_SIGNATURE"; message: string };

/** For subscribers (and our tests): checks a delivery's signature and freshness. */
export function verifyWebhook({
  secret,
  headers,
  body,
  now = Date.now(),
  toleranceMs = WEBHOOK_TOLERANCE_MS,
}: WebhookVerifyInput): WebhookVerifyResult {
  const read = (name: string) => readHeader(headers, name);
  const event = read(WEBHOOK_HEADERS.event);
  const id = read(WEBHOOK_HEADERS.delivery);
  const timestampText = read(WEBHOOK_HEADERS.timestamp);
  const signature = read(WEBHOOK_HEADERS.signature);
  if (!event || !id || !timestampText || !signature || !/^\d{1,16}$/.test(timestampText)) {
    return { ok: false, code: "MISSING_HEADERS", message: "缺少或格式错误的 Webhook 签名请求头" };
  }
  const timestamp = Number(timestampText);
  if (Math.abs(now - timestamp) > toleranceMs) {
    return { ok: false, code: "STALE_TIMESTAMP", message: "Webhook 时间戳超出有效期，请检查服务器时间" };
  }
  if (!safeEqual(signature, webhookSignature(secret, timestamp, body))) {
    return { ok: false, code: "BAD_SIGNATURE", message: "Webhook 签名不匹配，请检查签名密钥" };
  }
  return { ok: true, event, id, timestamp };
}
