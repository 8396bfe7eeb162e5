import {
  type DeliveryOutcome,
  database,
  deliverNextPending,
  enqueuePriceBookDeliveries,
} from "@shelfloop/db";

/** What the webhook functions need; tests pass stubs. */
export interface WebhookDeps {
  /** One PENDING delivery of `version` per active subscription (idempotent); returns their ids. */
  enqueueDeliveries(tenantId: string, version: number): Promise<string[]>;
  /** Sends the subscription's oldest PENDING delivery once. */
  deliverNext(tenantId: string, subscriptionId: string): Promise<DeliveryOutcome>;
}

export const defaultWebhookDeps: WebhookDeps = {
  enqueueDeliveries: (tenantId, version) => enqueuePriceBookDeliveries(database(), tenantId, version),
  deliverNext: (tenantId, subscriptionId) => deliverNextPending(database(), tenantId, subscriptionId),
};
