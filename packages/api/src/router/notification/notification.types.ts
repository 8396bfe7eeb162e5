import { z } from "zod";

export const markReadInput = z.object({ ids: z.array(z.uuid("参数无效")).min(1).max(200).optional() });
