import { type CalendarDate, calendarDateOf, todayIn } from "@shelfloop/core";
import type { Promotion } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { OPEN_STATUSES } from "./status";
import { lockPromotions, transition } from "./transition";

/** Why an open promotion ends now (its batch expired, it sold out, its window closed), or null. */
function endReason(
  promotion: Pick<Promotion, "status" | "soldQty" | "reservedQty" | "endsAt">,
  batchExpiry: CalendarDate,
  today: CalendarDate,
  now: Date,
): string | null {
  if (batchExpiry < today) return "批次已过期";
  if (promotion.status === "ACTIVE" && promotion.soldQty >= promotion.reservedQty) return "锁定库存已售罄";
  if (promotion.endsAt <= now) {
    return promotion.status === "PENDING_APPROVAL" ? "促销期已过，未获审批" : "促销期结束";
  }
  return null;
}

/**
 * Ends the tenant's open promotions (or just `promotionId`) that are due to end at `now`, with their
 * unsold reservations released and their batches untagged. Expiry is judged on the tenant's calendar.
 * Idempotent: a promotion already ended is not touched again.
 */
export async function endPromotions(
  tx: Tx,
  timezone: string,
  now: Date,
  promotionId?: string,
): Promise<Promotion[]> {
  const today = todayIn(timezone, now);
  const open = await tx.promotion.findMany({
    where: { status: { in: [...OPEN_STATUSES] }, ...(promotionId ? { id: promotionId } : {}) },
    select: {
      id: true,
      status: true,
      soldQty: true,
      reservedQty: true,
      endsAt: true,
      batch: { select: { expiryDate: true } },
    },
  });
  const expiryOf = new Map(open.map((p) => [p.id, calendarDateOf(p.batch.expiryDate)]));
  const due = open.filter((p) => endReason(p, calendarDateOf(p.batch.expiryDate), today, now));
  if (due.length === 0) return [];
  const locked = await lockPromotions(tx, {
    id: { in: due.map((p) => p.id) },
    status: { in: [...OPEN_STATUSES] },
  });
  const ended: Promotion[] = [];
  for (const promotion of locked) {
    // Judged again on what was read under the lock (a sale may have just sold it out, or not).
    const reason = endReason(promotion, expiryOf.get(promotion.id) ?? today, today, now);
    if (!reason) continue;
    const after = await transition(tx, promotion, {
      to: "ENDED",
      action: "promotion.ended",
      actorId: null,
      data: { endedReason: reason },
    });
    if (after) ended.push(after);
  }
  return ended;
}

/** Activates the approved promotions (or just `promotionId`) whose start has come. Idempotent. */
export async function activateDuePromotions(tx: Tx, now: Date, promotionId?: string): Promise<Promotion[]> {
  const due = await lockPromotions(tx, {
    status: "SCHEDULED",
    startsAt: { lte: now },
    ...(promotionId ? { id: promotionId } : {}),
  });
  const activated: Promotion[] = [];
  for (const promotion of due) {
    const after = await transition(tx, promotion, {
      to: "ACTIVE",
      action: "promotion.activated",
      actorId: null,
    });
    if (after) activated.push(after);
  }
  return activated;
}
