import type { Database } from "../../client";
import { type Tx, withTenant } from "../../scope";
import { currentPriceBook, priceBookDelta } from "../price-book";
import { decryptSecret } from "../secrets";
import { WEBHOOK_MAX_ATTEMPTS } from "./deliveries";
import { type PriceBookPush, type SendResult, type ShelfPrice, sendWebhook, sendYouzan } from "./send";
import { MALL_CHANNEL, readYouzanSettings } from "./settings";

export type DeliveryOutcome =
  | { kind: "idle" }
  | { kind: "delivered"; version: number }
  /** Failed, will be tried again: the caller retries with backoff; later versions wait. */
  | { kind: "retry"; version: number; message: string }
  /** Failed for good (permanent, or the last attempt): later versions go next. */
  | { kind: "dead"; version: number; message: string };

export interface DeliverOptions {
  maxAttempts?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

/** The mall's shelf price now of every product the push touches (what Youzan should show). */
async function shelfPrices(tx: Tx, push: PriceBookPush): Promise<ShelfPrice[]> {
  const touched = [...new Set([...push.upserts, ...push.removals].map((entry) => entry.productId))];
  const [book, products] = await Promise.all([
    currentPriceBook(tx, { channel: MALL_CHANNEL }),
    tx.product.findMany({ where: { id: { in: touched } }, select: { id: true, listPriceFen: true } }),
  ]);
  return products.map(({ id, listPriceFen }) => ({
    productId: id,
    priceFen: Math.min(
      listPriceFen,
      ...book.entries.filter((entry) => entry.productId === id).map((entry) => entry.priceFen),
    ),
  }));
}

/** The oldest PENDING delivery of an active subscription, its attempt counted before sending (a crash counts). */
async function claimNext(db: Database, tenantId: string, subscriptionId: string) {
  return withTenant(db, { tenantId }, async (tx) => {
    const subscription = await tx.webhookSubscription.findFirst({
      where: { id: subscriptionId, active: true },
    });
    if (!subscription) return null;
    const next = await tx.webhookDelivery.findFirst({
      where: { subscriptionId, status: "PENDING" },
      orderBy: { version: "asc" },
    });
    if (!next) return null;
    const delivery = await tx.webhookDelivery.update({
      where: { id: next.id },
      data: { attempts: { increment: 1 } },
    });
    const delta = await priceBookDelta(tx, { channel: MALL_CHANNEL, since: delivery.version - 1 });
    const push: PriceBookPush = {
      tenantId,
      version: delivery.version,
      upserts: delta.upserts,
      removals: delta.removals,
    };
    const prices = subscription.kind === "YOUZAN" ? await shelfPrices(tx, push) : [];
    return { subscription, delivery, push, prices };
  });
}

/**
 * Takes the subscription's oldest PENDING delivery, counts the attempt, then sends it outside any
 * transaction. Oldest first and one at a time per subscription (the job runs with concurrency 1 per
 * subscription), so a subscriber sees versions in order: a failing version holds back the later ones
 * until it is delivered or dead.
 */
export async function deliverNextPending(
  db: Database,
  tenantId: string,
  subscriptionId: string,
  options: DeliverOptions = {},
): Promise<DeliveryOutcome> {
  const claimed = await claimNext(db, tenantId, subscriptionId);
  if (!claimed) return { kind: "idle" };
  const { subscription, delivery, push, prices } = claimed;
  const target = {
    deliveryId: delivery.id,
    event: delivery.event,
    url: subscription.url,
    secret: decryptSecret(subscription.secretCiphertext),
    fetch: options.fetch,
    now: options.now,
  };
  const result: SendResult =
    subscription.kind === "YOUZAN"
      ? await sendYouzan(target, readYouzanSettings(subscription.settings), prices)
      : await sendWebhook(target, push);

  const dead =
    !result.ok && (!result.retryable || delivery.attempts >= (options.maxAttempts ?? WEBHOOK_MAX_ATTEMPTS));
  await withTenant(db, { tenantId }, (tx) =>
    tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: result.ok
        ? { status: "DELIVERED", deliveredAt: new Date(), lastError: null }
        : { status: dead ? "DEAD" : "PENDING", lastError: result.message },
    }),
  );
  if (result.ok) return { kind: "delivered", version: delivery.version };
  return { kind: dead ? "dead" : "retry", version: delivery.version, message: result.message };
}

/**
 * Without Inngest (local development): sends what is pending now, stopping at the first failure to
 * retry, which waits for the next replay or published version.
 */
export async function deliverPendingNow(db: Database, tenantId: string, subscriptionId: string) {
  for (;;) {
    const outcome = await deliverNextPending(db, tenantId, subscriptionId);
    if (outcome.kind === "idle" || outcome.kind === "retry") return outcome;
  }
}
