import { isValidTimeZone } from "@shelfloop/core";
import { z } from "zod";

/** Fields several routers validate the same way. */

export const emailField = z.email("邮箱格式不正确").trim().toLowerCase().max(254);
export const phoneField = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, "手机号应为 11 位数字");
export const passwordField = z.string().min(8, "密码至少 8 位").max(128, "密码最多 128 位");

export const timeZoneField = z
  .string()
  .trim()
  .refine(isValidTimeZone, "时区无效（应为如 Asia/Shanghai 的 IANA 时区）");

/** Email or phone (at least one); blank strings count as absent. */
export const contactFields = z
  .object({
    email: z.preprocess((value) => (value === "" ? undefined : value), emailField.optional()),
    phone: z.preprocess((value) => (value === "" ? undefined : value), phoneField.optional()),
  })
  .refine((value) => value.email || value.phone, { message: "请填写邮箱或手机号", path: ["email"] });
