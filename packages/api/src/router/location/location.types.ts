import { z } from "zod";

const code = z
  .string("请填写库位编码")
  .trim()
  .min(1, "请填写库位编码")
  .max(40, "库位编码最多 40 个字符")
  .transform((value) => value.toUpperCase())
  .refine(
    (value) => /^[A-Z0-9]+(-[A-Z0-9]+)*$/.test(value),
    "库位编码应为大写字母或数字，用 - 分隔（如 A-03-2）",
  );

const name = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z.string().trim().max(60, "名称最多 60 个字符").nullable().default(null),
);

const locationValues = { code, name, isClearanceZone: z.boolean().default(false) };

export const listLocationsInput = z
  .object({ warehouseId: z.uuid("仓库参数无效").optional(), includeArchived: z.boolean().default(false) })
  .default({ includeArchived: false });

export const createLocationInput = z.object({ warehouseId: z.uuid("请选择仓库"), ...locationValues });

export const updateLocationInput = z.object({ id: z.uuid("库位参数无效"), ...locationValues });

export const archiveLocationInput = z.object({
  id: z.uuid("库位参数无效"),
  archived: z.boolean().default(true),
});

export const zoneTasksInput = z.object({ warehouseId: z.uuid("请选择门店") });
