import { isCalendarDate, MAX_LOT_CODE_LENGTH } from "@shelfloop/core";
import { MovementType, WRITE_OFF_CATEGORIES } from "@shelfloop/db";
import { z } from "zod";

const warehouseId = z.uuid("请选择仓库");
const productId = z.uuid("请选择商品");
const batchId = z.uuid("批次参数无效");

/** Blank strings from a form mean "not given". */
const blankAsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);

const date = (label: string) =>
  blankAsAbsent(
    z.string().trim().refine(isCalendarDate, `${label}无效（应为存在的日期，格式 YYYY-MM-DD）`).optional(),
  );
const quantity = z
  .number("数量应为正整数")
  .int("数量应为正整数")
  .min(1, "数量必须大于 0")
  .max(1_000_000, "数量过大");
const note = (max: number) => blankAsAbsent(z.string().trim().max(max, `说明最多 ${max} 个字符`).optional());
const requiredNote = (message: string) =>
  z.string(message).trim().min(1, message).max(200, "说明最多 200 个字符");

export const resolveScanInput = z.object({
  warehouseId,
  code: z.string().trim().min(1, "请扫码或粘贴条码").max(500, "条码内容过长"),
});

export const previewReceiptInput = z.object({
  warehouseId,
  productId,
  productionDate: date("生产日期"),
  expiryDate: date("到期日期"),
  quantity,
});

export const receiveInput = previewReceiptInput.extend({
  lotCode: z
    .string("请填写批号")
    .trim()
    .min(1, "请填写批号")
    .max(MAX_LOT_CODE_LENGTH, `批号最多 ${MAX_LOT_CODE_LENGTH} 个字符`),
  managerOverrideReason: note(200),
  locationId: blankAsAbsent(z.uuid("库位参数无效").optional()),
});

// A receiving file has six columns; the limits keep a wrong file from becoming a huge request.
const cells = z.array(z.string().max(200, "单元格最多 200 个字符")).max(50, "最多 50 列");

export const receiveCsvInput = z.object({
  warehouseId,
  header: cells,
  // Blank rows count here but not against the receipt's row limit, checked with the rows.
  rows: z.array(cells).max(5_000, "文件行数过多，请拆分后分批导入"),
  fileName: note(200),
  /** preview: check and report, write nothing; commit: receive (see onlyValidRows). */
  mode: z.enum(["preview", "commit"]),
  onlyValidRows: z.boolean().default(false),
});

export const sellInput = z.object({ warehouseId, productId, quantity, note: note(200) });

export const adjustInput = z.object({
  batchId,
  delta: z
    .number("调整数量应为整数")
    .int("调整数量应为整数")
    .refine((value) => value !== 0, "调整数量不能为 0")
    .refine((value) => Math.abs(value) <= 1_000_000, "调整数量过大"),
  note: requiredNote("请填写调整说明（如：盘点差异）"),
});

export const writeOffInput = z.object({
  batchId,
  quantity,
  category: z.enum(WRITE_OFF_CATEGORIES, "请选择报损原因"),
  note: note(200),
});

export const transferInput = z.object({
  productId,
  fromWarehouseId: warehouseId,
  toWarehouseId: z.uuid("请选择调入仓库"),
  quantity,
  batchId: batchId.optional(),
  note: note(200),
});

export const moveLocationInput = z.object({ batchId, locationId: z.uuid("请选择库位") });

export const pickListInput = z.object({ warehouseId, productId, quantity });

export const setQuarantineInput = z.object({
  batchId,
  quarantined: z.boolean(),
  reason: requiredNote("请填写原因"),
});

export const movementFilterInput = z
  .object({
    batchId: batchId.optional(),
    productId: z.uuid("商品参数无效").optional(),
    warehouseId: z.uuid("仓库参数无效").optional(),
    type: z.enum(MovementType).optional(),
    from: date("开始日期"),
    to: date("结束日期"),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: "开始日期不能晚于结束日期",
    path: ["to"],
  });

export const listMovementsInput = movementFilterInput.and(
  z.object({
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(20),
  }),
);
