import { todayIn } from "@shelfloop/core";
import { stockByBand } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";
import { getStockByBandInput } from "./get-stock-by-band.types";

export const getStockByBand = tenantProcedure.input(getStockByBandInput).query(async ({ ctx, input }) => {
  const today = todayIn(ctx.tenant.timezone);
  return { today, bands: await stockByBand(ctx.tx, today, input) };
});
