import { todayIn } from "@shelfloop/core";
import { exportCatalogue } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";

/** The catalogue as CSV text (UTF-8 with BOM, in the import layout) and the file name to save it as. */
export const exportCsv = tenantProcedure.query(async ({ ctx }) => ({
  fileName: `商品目录-${todayIn(ctx.tenant.timezone)}.csv`,
  csv: await exportCatalogue(ctx.tx),
}));
