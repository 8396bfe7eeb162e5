import { IMPORT_CHUNK_ROWS, parseGtin } from "@shelfloop/core";
import { z } from "zod";

/** Products are stored in Postgres `integer` columns. */
const MAX_FEN = 2_147_483_647;

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多 ${max} 个字符`);

const fen = (label: string) =>
  z
    .number(`${label}应为整数分`)
    .int(`${label}应为整数分`)
    .min(0, `${label}不能为负数`)
    .max(MAX_FEN, `${label}过大`);

/** Blank means "no barcode"; anything else must be a GTIN with the right check digit. */
const gtin = z
  .string()
  .trim()
  .nullable()
  .transform((value) => value || null)
  .superRefine((value, ctx) => {
    const parsed = value === null ? null : parseGtin(value);
    if (parsed && "error" in parsed) ctx.addIssue({ code: "custom", message: parsed.error });
  });

/** A product as the form submits it: money in integer fen, parsed from yuan in the browser. */
export const productValuesInput = z.object({
  sku: text("SKU", 64),
  gtin,
  name: text("名称", 200),
  category: text("品类", 50),
  shelfLifeDays: z
    .number("保质期应为整数天")
    .int("保质期应为整数天")
    .min(1, "保质期必须大于 0 天")
    .max(36_500, "保质期最多 36500 天"),
  unit: text("单位", 20),
  costFen: fen("成本价"),
  listPriceFen: fen("零售价"),
  active: z.boolean(),
});

export const productIdInput = z.object({ id: z.uuid("商品参数无效") });

export const updateProductInput = productValuesInput.extend(productIdInput.shape);

export const listProductsInput = z.object({
  search: z.string().trim().max(100, "搜索内容最多 100 个字符").optional(),
  category: z.string().trim().min(1).max(100).optional(),
  active: z.boolean().optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

const cell = z.string().max(1000, "单元格最多 1000 个字符");
const cells = z.array(cell).max(100, "最多 100 列");

export const importChunkInput = z.object({
  header: cells,
  rows: z
    .array(z.object({ row: z.number().int().min(2, "行号无效").max(100_000, "行号无效"), cells }))
    .min(1, "没有要导入的行")
    .max(IMPORT_CHUNK_ROWS, `每次最多提交 ${IMPORT_CHUNK_ROWS} 行`),
});
