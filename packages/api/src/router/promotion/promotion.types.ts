import { PromotionStatus } from "@shelfloop/db";
import { z } from "zod";

export const listPromotionsInput = z.object({
  status: z.enum(PromotionStatus).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

const id = z.uuid("促销单参数无效");

export const promotionIdInput = z.object({ id });

export const approveInput = z.object({
  id,
  comment: z.string().trim().max(200, "意见最多 200 个字符").optional(),
});

/** Rejecting or cancelling says why, for the audit trail and the staff who set the promotion up. */
export const reasonedInput = z.object({
  id,
  comment: z.string("请填写理由").trim().min(2, "理由至少 2 个字").max(200, "理由最多 200 个字符"),
});
