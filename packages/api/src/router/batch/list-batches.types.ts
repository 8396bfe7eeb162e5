import { REMAINING_BAND_KEYS } from "@shelfloop/core";
import { z } from "zod";

export const listBatchesInput = z.object({
  search: z.string().trim().max(100, "搜索内容最多 100 个字符").optional(),
  warehouseId: z.uuid("仓库参数无效").optional(),
  category: z.string().trim().min(1).max(100).optional(),
  band: z.enum(REMAINING_BAND_KEYS).optional(),
  tiers: z.array(z.string().trim().min(1).max(40)).max(20, "最多筛选 20 个级别").optional(),
  changedSince: z.date("时间参数无效").optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
