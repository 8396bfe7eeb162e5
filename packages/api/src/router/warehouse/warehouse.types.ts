import { z } from "zod";
import { timeZoneField } from "../fields.types";

const optionalText = (max: number, message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z.string().trim().max(max, message).nullable(),
  );

export const saveWarehouseInput = z.object({
  id: z.uuid().optional(),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,20}$/, "编码为 1–20 位字母、数字、- 或 _"),
  name: z.string().trim().min(1, "请填写名称").max(60, "名称最多 60 个字符"),
  address: optionalText(200, "地址最多 200 个字符"),
  timezone: z.preprocess((value) => (value === "" ? null : value), timeZoneField.nullable()),
});

export const setArchivedInput = z.object({ id: z.uuid(), archived: z.boolean() });
export const listWarehousesInput = z
  .object({ includeArchived: z.boolean().default(false) })
  .default({ includeArchived: false });
