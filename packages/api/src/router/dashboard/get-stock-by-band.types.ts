import { z } from "zod";

export const getStockByBandInput = z.object({ warehouseId: z.uuid().optional() }).default({});
