import {
  database,
  type OutboxMessage,
  PROMOTION_LIFECYCLE,
  type PromotionEventPayload,
  relayOutbox,
} from "@shelfloop/db";
import { inngest } from "./client";
import { type PriceBookPublishedData, priceBookPublished, promotionLifecycle } from "./events";

/** Rows relayed per tenant and run; a backlog drains over the following minutes. */
export const OUTBOX_RELAY_LIMIT = 200;

/**
 * An outbox row as its Inngest event, by topic. The event id names the row (for a price-book version,
 * the tenant's version), so a row sent again after a failed mark is dropped by Inngest's de-duplication
 * instead of being delivered twice.
 */
function toEvent(message: OutboxMessage) {
  if (message.topic === PROMOTION_LIFECYCLE) {
    return promotionLifecycle.create(message.payload as PromotionEventPayload, {
      id: `outbox-${message.id}`,
    });
  }
  const data = message.payload as PriceBookPublishedData;
  return priceBookPublished.create(data, { id: `pricebook-${data.tenantId}-${data.version}` });
}

/** Relays unpublished outbox rows (of one tenant, or all) to Inngest; returns how many. */
export function relayOutboxToInngest(tenantId?: string): Promise<number> {
  return relayOutbox(database(), {
    limit: OUTBOX_RELAY_LIMIT,
    tenantId,
    send: (messages) => inngest.send(messages.map(toEvent)),
  });
}
