import type { Promotion } from "../../generated/prisma/client";
import type { PromotionStatus } from "../../generated/prisma/enums";
import type { Tx } from "../../scope";
import { BusinessError } from "../errors";
import { PROMOTION_STATUS_NAMES } from "./status";
import { approvedStatus, lockPromotions, type Transition, transition } from "./transition";

type Actor = { tenantId: string; userId: string };

const refused = (promotion: Pick<Promotion, "status">, what: string) =>
  new BusinessError("CONFLICT", `${what}（当前状态：${PROMOTION_STATUS_NAMES[promotion.status]}）`);

/**
 * A manager's decision on one promotion: allowed only from `from`, applied under the batch's lock and
 * only if no one decided first (otherwise refused with the status it is in now).
 */
async function decide(
  tx: Tx,
  id: string,
  from: readonly PromotionStatus[],
  refusal: string,
  step: (promotion: Promotion) => Transition,
): Promise<Promotion> {
  const [promotion] = await lockPromotions(tx, { id });
  if (!promotion) throw new BusinessError("NOT_FOUND", "该促销单不存在");
  if (!from.includes(promotion.status)) throw refused(promotion, refusal);
  const after = await transition(tx, promotion, step(promotion));
  if (!after) throw refused(await tx.promotion.findUniqueOrThrow({ where: { id } }), refusal);
  return after;
}

/** Approves a pending promotion: active at once when its start has come, else scheduled. */
export function approvePromotion(tx: Tx, actor: Actor, id: string, comment: string | null, now: Date) {
  return decide(tx, id, ["PENDING_APPROVAL"], "该促销单已处理", (promotion) => {
    if (promotion.endsAt <= now) throw new BusinessError("BAD_REQUEST", "促销期已过，不能再批准，请驳回");
    return {
      to: approvedStatus(promotion, now),
      action: "promotion.approved",
      actorId: actor.userId,
      data: { decidedById: actor.userId, decidedAt: now, decisionComment: comment },
    };
  });
}

/** Rejects a pending promotion; its reservation is released. */
export function rejectPromotion(tx: Tx, actor: Actor, id: string, comment: string, now: Date) {
  return decide(tx, id, ["PENDING_APPROVAL"], "该促销单已处理", () => ({
    to: "REJECTED",
    action: "promotion.rejected",
    actorId: actor.userId,
    data: { decidedById: actor.userId, decidedAt: now, decisionComment: comment },
  }));
}

/** Stops an approved promotion before its end; the approval stays on record, the reason is the end's. */
export function cancelPromotion(tx: Tx, actor: Actor, id: string, comment: string) {
  return decide(tx, id, ["SCHEDULED", "ACTIVE"], "只能取消待生效或进行中的促销单", () => ({
    to: "CANCELLED",
    action: "promotion.cancelled",
    actorId: actor.userId,
    data: { endedReason: `已取消：${comment}` },
  }));
}
