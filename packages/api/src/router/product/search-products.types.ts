import { z } from "zod";

export const searchProductsInput = z.object({ query: z.string().trim().max(100, "搜索内容最多 100 个字符") });
