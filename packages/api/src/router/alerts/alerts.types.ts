import { z } from "zod";

const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "时间格式应为 HH:MM")
  .nullable();

export const endpointInput = z
  .object({
    id: z.uuid().optional(),
    name: z.string().trim().min(1, "请填写名称").max(50, "名称最多 50 个字符"),
    kind: z.enum(["WECOM", "DINGTALK"]),
    token: z.string().trim().max(200).optional(),
    secret: z.string().trim().max(200).optional(),
    tiers: z.array(z.string().regex(/^[A-Z0-9_]{1,32}$/, "级别代码无效")).max(10),
    warehouseIds: z.array(z.uuid("仓库参数无效")).max(100),
    mentionMobiles: z.array(z.string().regex(/^1\d{10}$/, "手机号应为 11 位数字")).max(20),
    mentionAll: z.boolean(),
    quietStart: time,
    quietEnd: time,
    mode: z.enum(["IMMEDIATE", "DIGEST"]),
    events: z
      .array(z.enum(["TIER", "PROMOTION_APPROVAL", "PROMOTION_LIVE"]))
      .min(1, "至少选择一类推送内容")
      .max(3)
      .default(["TIER"]),
  })
  .refine((value) => value.id || value.token, {
    message: "请填写 Webhook key / access token",
    path: ["token"],
  })
  .refine((value) => (value.quietStart === null) === (value.quietEnd === null), {
    message: "免打扰时段需要同时填写开始和结束",
    path: ["quietEnd"],
  });

export const endpointIdInput = z.object({ id: z.uuid("参数无效") });
