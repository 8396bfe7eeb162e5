import type { Database } from "../../client";
import type { WebhookDeliveryStatus } from "../../generated/prisma/enums";
import { type Tx, withTenant } from "../../scope";
import { type AuditEntry, recordAudit } from "../audit";
import { PRICEBOOK_EVENT } from "./settings";

/** After this many failed attempts a delivery is dead: kept for the console's dead-letter list and replay. */
export const WEBHOOK_MAX_ATTEMPTS = 5;

/**
 * One PENDING delivery of `version` per active subscription to price-book events. The unique
 * (subscription, version) makes a repeated event harmless. Returns every active subscription's id, so
 * the caller can (re)start delivery for each.
 */
export function enqueuePriceBookDeliveries(
  db: Database,
  tenantId: string,
  version: number,
): Promise<string[]> {
  return withTenant(db, { tenantId }, async (tx) => {
    const subscriptions = await tx.webhookSubscription.findMany({
      where: { active: true, events: { has: PRICEBOOK_EVENT } },
      select: { id: true },
    });
    await tx.webhookDelivery.createMany({
      data: subscriptions.map(({ id }) => ({
        tenantId,
        subscriptionId: id,
        version,
        event: PRICEBOOK_EVENT,
      })),
      skipDuplicates: true,
    });
    return subscriptions.map(({ id }) => id);
  });
}

export interface DeliveryRow {
  id: string;
  version: number;
  event: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastError: string | null;
  deliveredAt: Date | null;
  updatedAt: Date;
}

/** A subscription's deliveries, newest version first; `status` DEAD gives the dead-letter list. */
export function listDeliveries(
  tx: Tx,
  subscriptionId: string,
  filter: { status?: WebhookDeliveryStatus | undefined; limit?: number } = {},
): Promise<DeliveryRow[]> {
  return tx.webhookDelivery.findMany({
    where: { subscriptionId, ...(filter.status ? { status: filter.status } : {}) },
    orderBy: { version: "desc" },
    take: filter.limit ?? 100,
    select: {
      id: true,
      version: true,
      event: true,
      status: true,
      attempts: true,
      lastError: true,
      deliveredAt: true,
      updatedAt: true,
    },
  });
}

/**
 * Puts a delivery back in the queue with a fresh count of attempts (a dead one after the subscriber's
 * fix, or a delivered one the subscriber lost). Returns its subscription, for the caller to restart it.
 */
export async function replayDelivery(
  tx: Tx,
  actor: AuditEntry["actor"],
  deliveryId: string,
): Promise<string | null> {
  const delivery = await tx.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { subscriptionId: true, version: true, status: true, attempts: true, lastError: true },
  });
  if (!delivery) return null;
  await tx.webhookDelivery.update({
    where: { id: deliveryId },
    data: { status: "PENDING", attempts: 0, lastError: null, deliveredAt: null },
  });
  await recordAudit(tx, {
    actor,
    action: "webhook_delivery.replayed",
    entityType: "WebhookDelivery",
    entityId: deliveryId,
    before: delivery,
  });
  return delivery.subscriptionId;
}
