import { WEBHOOK_EVENTS } from "@shelfloop/db";
import { z } from "zod";

const name = z.string().trim().min(1, "请填写名称").max(50, "名称最多 50 个字符");
const events = z.array(z.enum(WEBHOOK_EVENTS)).min(1, "请至少选择一个事件");
const positiveId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const subscriptionInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("WEBHOOK"), name, events, url: z.url("请填写有效的网址").max(500) }),
  z.object({
    kind: z.literal("YOUZAN"),
    name,
    events,
    clientSecret: z.string().trim().min(1, "请填写 client_secret").max(200),
    settings: z.object({
      clientId: z.string().trim().min(1, "请填写 client_id").max(100),
      kdtId: z
        .string()
        .trim()
        .regex(/^\d{1,20}$/, "店铺 ID（kdt_id）应为数字"),
      skus: z.record(z.uuid("商品参数无效"), z.object({ itemId: positiveId, skuId: positiveId })),
    }),
  }),
]);

export const subscriptionIdInput = z.object({ id: z.uuid() });

export const deliveriesInput = z.object({
  subscriptionId: z.uuid(),
  status: z.enum(["PENDING", "DELIVERED", "DEAD"]).optional(),
});
