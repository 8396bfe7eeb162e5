import type { Promotion } from "../../generated/prisma/client";
import type { PromotionStatus } from "../../generated/prisma/enums";
import type { Tx } from "../../scope";
import { toJson } from "../promotions/json";

/** The moments of a promotion someone must act on. */
export type PromotionEvent = "AWAITING_APPROVAL" | "APPROVED" | "REJECTED" | "ACTIVATED" | "ENDED";

/** Outbox topic of promotion hand-offs, relayed as `promotion/lifecycle` events. */
export const PROMOTION_LIFECYCLE = "promotion.lifecycle";

// A type literal (not an interface), so it is an Inngest event's data as it stands.
export type PromotionEventPayload = {
  tenantId: string;
  promotionId: string;
  event: PromotionEvent;
  /** ISO instant it happened. */
  at: string;
};

/** What a status change tells people: a decision, a start, an end (an approval that starts now is both). */
export function eventsOf(from: PromotionStatus, to: PromotionStatus): PromotionEvent[] {
  const events: PromotionEvent[] = [];
  if (from === "PENDING_APPROVAL" && (to === "SCHEDULED" || to === "ACTIVE")) events.push("APPROVED");
  if (from === "PENDING_APPROVAL" && to === "REJECTED") events.push("REJECTED");
  if (to === "ACTIVE" && from !== "ACTIVE") events.push("ACTIVATED");
  if (from === "ACTIVE" && to !== "ACTIVE") events.push("ENDED");
  return events;
}

/**
 * Queues a promotion's hand-off events in the transaction of the change (the outbox), so nothing is
 * announced that did not commit and nothing committed goes unannounced.
 */
export async function recordPromotionEvents(
  tx: Tx,
  promotion: Pick<Promotion, "id" | "tenantId">,
  events: PromotionEvent[],
) {
  if (events.length === 0) return;
  const at = new Date().toISOString();
  await tx.outboxEvent.createMany({
    data: events.map((event) => ({
      tenantId: promotion.tenantId,
      topic: PROMOTION_LIFECYCLE,
      payload: toJson({
        tenantId: promotion.tenantId,
        promotionId: promotion.id,
        event,
        at,
      } satisfies PromotionEventPayload),
    })),
  });
}
