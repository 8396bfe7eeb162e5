import { batchFilterOptions } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";

export const getFilterOptions = tenantProcedure.query(({ ctx }) => batchFilterOptions(ctx.tx));
