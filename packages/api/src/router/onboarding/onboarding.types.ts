import { z } from "zod";
import { contactFields, passwordField, timeZoneField } from "../fields.types";

export const signUpInput = z
  .object({
    tenantName: z.string().trim().min(1, "请填写商户名称").max(60, "商户名称最多 60 个字符"),
    slug: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9][a-z0-9-]{2,39}$/, "店铺标识为 3–40 位小写字母、数字或连字符")
        .optional(),
    ),
    timezone: timeZoneField.default("Asia/Shanghai"),
    ownerName: z.string().trim().min(1, "请填写姓名").max(40, "姓名最多 40 个字符"),
    password: passwordField,
  })
  .and(contactFields);

export const invitationTokenInput = z.object({ token: z.string().min(20).max(100) });

export const acceptInvitationInput = invitationTokenInput.extend({
  name: z.string().trim().max(40, "姓名最多 40 个字符").optional(),
  password: passwordField,
});
