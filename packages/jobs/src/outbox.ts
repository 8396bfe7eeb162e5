import { database, type OutboxMessage, relayOutbox } from "@shelfloop/db";
import { inngest } from "./client";
import { type PriceBookPublishedData, priceBookPublished } from "./events";

/** Rows relayed per tenant and run; a backlog drains over the following minutes. */
export const OUTBOX_RELAY_LIMIT = 200;

/**
 * An outbox row as its Inngest event. The event id is the tenant's version, so a row sent again after
 * a failed mark is dropped by Inngest's de-duplication instead of being delivered twice.
 */
function toEvent(message: OutboxMessage) {
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
