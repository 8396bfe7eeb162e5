import type { PromotionStatus } from "../../generated/prisma/enums";

/** Statuses of a promotion that still holds its batch's reservation (one per batch, by a unique index). */
export const OPEN_STATUSES = ["PENDING_APPROVAL", "SCHEDULED", "ACTIVE"] as const satisfies PromotionStatus[];

export const isOpen = (status: PromotionStatus) => (OPEN_STATUSES as readonly string[]).includes(status);

export const PROMOTION_STATUS_NAMES: Record<PromotionStatus, string> = {
  PENDING_APPROVAL: "待审批",
  SCHEDULED: "待生效",
  ACTIVE: "进行中",
  ENDED: "已结束",
  REJECTED: "已驳回",
  SUPERSEDED: "已被替代",
  CANCELLED: "已取消",
};

export const PROMOTION_STATUSES = Object.keys(PROMOTION_STATUS_NAMES) as PromotionStatus[];

/** The label a batch carries while a promotion for it is open. */
export const PROMOTION_TAG = "临期促销";
