import { fieldType, SUBSCRIBE_FIELD_KEY } from "@shelfloop/channels";
import { z } from "zod";

/** A template keyword of one of the given types, e.g. `thing1` for a product name. */
const keyword = (types: string[], label: string) =>
  z
    .string()
    .trim()
    .regex(SUBSCRIBE_FIELD_KEY, `${label}应为模板中的关键词，例如 ${types[0]}1`)
    .refine((key) => types.includes(fieldType(key)), `${label}必须是 ${types.join(" 或 ")} 类型的关键词`);

export const dealAlertTemplateInput = z
  .object({
    templateId: z
      .string()
      .trim()
      .regex(/^[\w-]{10,64}$/, "模板 ID 应为微信公众平台“订阅消息”中复制的 ID"),
    fields: z.object({
      product: keyword(["thing"], "商品名称字段"),
      price: keyword(["amount"], "特惠价字段"),
      expiry: keyword(["date", "time"], "到期日期字段"),
      note: keyword(["thing"], "备注字段").optional(),
    }),
  })
  .refine(
    (t) =>
      new Set(Object.values(t.fields).filter(Boolean)).size ===
      Object.values(t.fields).filter(Boolean).length,
    {
      message: "每个字段须对应不同的关键词",
      path: ["fields"],
    },
  );

export const miniappSettingsInput = z.object({
  appId: z
    .string()
    .trim()
    .regex(/^wx[0-9a-f]{16}$/, "AppID 以 wx 开头，共 18 位")
    .nullable(),
  dealAlert: dealAlertTemplateInput.nullable(),
});
