import type { Prisma } from "../../generated/prisma/client";

export const WEBHOOK_KINDS = ["WEBHOOK", "YOUZAN"] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/** The only event so far: a new price-book version (topic of the outbox row, event name on the wire). */
export const PRICEBOOK_EVENT = "pricebook.published";
export const WEBHOOK_EVENTS = [PRICEBOOK_EVENT] as const;

/** The online mall's channel: webhooks carry its price book. */
export const MALL_CHANNEL = "MALL";

/** Which Youzan SKU sells one of our products. */
export interface YouzanSku {
  itemId: number;
  skuId: number;
}

/** A YOUZAN subscription's settings; the client secret lives encrypted in secretCiphertext, not here. */
export interface YouzanSettings {
  clientId: string;
  kdtId: string;
  /** productId → Youzan SKU; products not listed are not pushed. */
  skus: Record<string, YouzanSku>;
}

export function readYouzanSettings(settings: Prisma.JsonValue | null): YouzanSettings {
  const value = (settings ?? {}) as Partial<YouzanSettings>;
  return { clientId: value.clientId ?? "", kdtId: String(value.kdtId ?? ""), skus: value.skus ?? {} };
}
