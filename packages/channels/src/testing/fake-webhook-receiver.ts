import { createHmac } from "node:crypto";
import { type FakeReply, type FakeRequest, type FakeServer, parseJson, startFakeHttp } from "./fake-http";

export interface FakeWebhookReceiverOptions {
  secret: string;
  /** Answer this many correctly signed deliveries with `failWith` before accepting any. */
  failFirst?: number;
  /** Status for the injected failures; 503 by default. */
  failWith?: number;
  /** Deliveries signed further than this from `now` are refused with 401. */
  toleranceMs?: number;
  now?: () => number;
  port?: number;
}

/** An accepted delivery. */
export interface WebhookDelivery {
  path: string;
  event: string;
  id: string;
  timestamp: number;
  /** Parsed JSON body. */
  body: unknown;
  raw: string;
}

/** Every attempt, in order, with the status it was answered. */
export interface WebhookAttempt {
  id: string | null;
  status: number;
  outcome: "accepted" | "injected-failure" | "missing-headers" | "stale" | "bad-signature";
}

export type FakeWebhookReceiver = FakeServer<WebhookDelivery, WebhookAttempt>;

/**
 * A mall subscriber's endpoint (any path, POST): checks `X-Shelfloop-Signature` on its own, with
 * createHmac rather than the package's verifyWebhook, so sender and checker test each other. Fails the
 * first `failFirst` good deliveries, then accepts and records them in order.
 */
export async function startFakeWebhookReceiver(
  options: FakeWebhookReceiverOptions,
): Promise<FakeWebhookReceiver> {
  const now = options.now ?? Date.now;
  const tolerance = options.toleranceMs ?? 5 * 60 * 1000;
  const received: WebhookDelivery[] = [];
  const answers: WebhookAttempt[] = [];
  let failuresLeft = options.failFirst ?? 0;

  function handle({ method, url, headers, body }: FakeRequest): FakeReply {
    const header = (name: string) => {
      const value = headers[name];
      return typeof value === "string" ? value : null;
    };
    const id = header("x-shelfloop-delivery");
    const answer = (status: number, outcome: WebhookAttempt["outcome"]): FakeReply => {
      answers.push({ id, status, outcome });
      return { status, json: { outcome } };
    };
    if (method !== "POST") return { status: 405, json: {} };
    const event = header("x-shelfloop-event");
    const timestamp = Number(header("x-shelfloop-timestamp") ?? Number.NaN);
    const signature = header("x-shelfloop-signature");
    if (!event || !id || !signature || !Number.isInteger(timestamp)) return answer(400, "missing-headers");
    if (Math.abs(now() - timestamp) > tolerance) return answer(401, "stale");
    const raw = body.toString("utf8");
    const expected = createHmac("sha256", options.secret).update(`${timestamp}.${raw}`).digest("hex");
    if (signature !== `sha256=${expected}`) return answer(401, "bad-signature");
    if (failuresLeft > 0) {
      failuresLeft--;
      return answer(options.failWith ?? 503, "injected-failure");
    }
    received.push({ path: url.pathname, event, id, timestamp, body: parseJson(body) ?? raw, raw });
    return answer(200, "accepted");
  }

  const http = await startFakeHttp(handle, options.port);
  return {
    url: http.url,
    received,
    answers,
    setFault: http.setFault,
    reset() {
      received.length = 0;
      answers.length = 0;
      failuresLeft = options.failFirst ?? 0;
      http.setFault(null);
    },
    close: http.close,
  };
}
