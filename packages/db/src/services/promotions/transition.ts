import { Prisma, type Promotion } from "../../generated/prisma/client";
import type { PromotionStatus } from "../../generated/prisma/enums";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import { eventsOf, recordPromotionEvents } from "../handoff/events";
import { publishPriceBook } from "../price-book/publish";
import { lockBatches } from "../stock/locks";
import { releaseStock } from "./reservation";
import { isOpen } from "./status";

/** What the audit log keeps of a promotion's state. */
export const promotionImage = (p: Promotion) => ({
  status: p.status,
  reservedQty: p.reservedQty,
  soldQty: p.soldQty,
  startsAt: p.startsAt,
  endsAt: p.endsAt,
  decidedById: p.decidedById,
  decisionComment: p.decisionComment,
  endedReason: p.endedReason,
  supersededById: p.supersededById,
});

/**
 * The promotions of `where`, read after their batches are locked. Every promotion write locks the
 * batch first (the stock services' order: expiry, then id), so a reservation and the sale or transfer
 * of the same batch queue instead of deadlocking, and the quantities read here are current.
 */
export async function lockPromotions(tx: Tx, where: Prisma.PromotionWhereInput): Promise<Promotion[]> {
  const found = await tx.promotion.findMany({ where, select: { batchId: true } });
  if (found.length === 0) return [];
  const batchIds = [...new Set(found.map((p) => p.batchId))];
  await lockBatches(tx, Prisma.sql`b.id = ANY(${batchIds}::uuid[])`);
  // Only promotions of the locked batches: one created meanwhile for another batch waits for next time.
  return tx.promotion.findMany({
    where: { AND: [where, { batchId: { in: batchIds } }] },
    orderBy: { createdAt: "asc" },
  });
}

export interface Transition {
  to: PromotionStatus;
  /** Audit action, e.g. "promotion.approved". */
  action: string;
  /** null for a step the system took (matching, a schedule). */
  actorId: string | null;
  data?: Omit<Prisma.PromotionUncheckedUpdateManyInput, "status">;
}

/**
 * Moves a promotion (read under its batch's lock) to `to`, only if it is still in the status it was
 * read in, so a replayed event or a concurrent decision changes nothing. Leaving the open statuses
 * gives back the unsold reservation and untags the batch. Becoming or ceasing to be ACTIVE publishes
 * the tenant's next price-book version in the same transaction. Audited with the state before and after,
 * and announced (decisions, going live, ending) through the outbox to the people who act on it.
 * Returns the promotion as it is now, or null when its status had already changed.
 */
export async function transition(tx: Tx, promotion: Promotion, step: Transition): Promise<Promotion | null> {
  const { count } = await tx.promotion.updateMany({
    where: { id: promotion.id, status: promotion.status },
    data: { ...step.data, status: step.to },
  });
  if (count === 0) return null;
  if (isOpen(promotion.status) && !isOpen(step.to)) await releaseStock(tx, promotion);
  if ((promotion.status === "ACTIVE") !== (step.to === "ACTIVE")) {
    await publishPriceBook(tx, {
      tenantId: promotion.tenantId,
      reason: step.action,
      promotionId: promotion.id,
    });
  }
  await recordPromotionEvents(tx, promotion, eventsOf(promotion.status, step.to));
  const after = await tx.promotion.findUniqueOrThrow({ where: { id: promotion.id } });
  await recordAudit(tx, {
    actor: { tenantId: promotion.tenantId, userId: step.actorId },
    action: step.action,
    entityType: "Promotion",
    entityId: promotion.id,
    before: promotionImage(promotion),
    after: promotionImage(after),
  });
  return after;
}

/** The status an approved promotion takes: active once its start has come, else scheduled. */
export const approvedStatus = (promotion: Pick<Promotion, "startsAt">, now: Date): PromotionStatus =>
  promotion.startsAt <= now ? "ACTIVE" : "SCHEDULED";
