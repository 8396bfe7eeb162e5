import { z } from "zod";

export const getBatchInput = z.object({ id: z.uuid("批次参数无效") });
