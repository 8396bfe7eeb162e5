import { createYouzanClient, deliverWebhook } from "@shelfloop/channels";
import type { PriceBookEntry, PriceBookRemoval } from "../price-book";
import type { YouzanSettings } from "./settings";

/** One price-book version as a subscriber receives it: the mall channel's delta since the version before. */
export interface PriceBookPush {
  tenantId: string;
  version: number;
  upserts: PriceBookEntry[];
  removals: PriceBookRemoval[];
}

/** A product's shelf price on the mall now: its lowest promoted price, or its list price. */
export interface ShelfPrice {
  productId: string;
  priceFen: number;
}

export type SendResult = { ok: true } | { ok: false; retryable: boolean; message: string };

export interface SendTarget {
  deliveryId: string;
  event: string;
  url: string;
  secret: string;
  fetch?: typeof fetch | undefined;
  now?: (() => number) | undefined;
}

const failed = (failure: {
  retryable: boolean;
  message: string;
  code: number | string;
  platformMessage: string;
}) =>
  ({
    ok: false,
    retryable: failure.retryable,
    message: `${failure.message}（${failure.code}${failure.platformMessage ? `：${failure.platformMessage}` : ""}）`,
  }) as const;

/** Our signed JSON, the delivery id as X-Shelfloop-Delivery so a retry can be recognised. */
export async function sendWebhook(target: SendTarget, push: PriceBookPush): Promise<SendResult> {
  const result = await deliverWebhook({
    url: target.url,
    secret: target.secret,
    event: target.event,
    id: target.deliveryId,
    body: JSON.stringify(push),
    fetch: target.fetch,
    now: target.now,
  });
  return result.ok ? { ok: true } : failed(result);
}

/** One youzan.item.sku.update per mapped product; setting a price twice is harmless, so a retry redoes all. */
export async function sendYouzan(
  target: SendTarget,
  settings: YouzanSettings,
  prices: readonly ShelfPrice[],
): Promise<SendResult> {
  const client = createYouzanClient({
    clientId: settings.clientId,
    clientSecret: target.secret,
    kdtId: settings.kdtId,
    baseUrl: target.url,
    fetch: target.fetch,
    now: target.now,
  });
  for (const { productId, priceFen } of prices) {
    const sku = settings.skus[productId];
    if (!sku) continue;
    const result = await client.updateSkuPrice({ ...sku, priceFen });
    if (!result.ok) return failed(result);
  }
  return { ok: true };
}
