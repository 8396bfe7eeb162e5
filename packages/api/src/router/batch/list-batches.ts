import { todayIn } from "@shelfloop/core";
import { listBatches as listBatchesService } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";
import { listBatchesInput } from "./list-batches.types";

export const listBatches = tenantProcedure
  .input(listBatchesInput)
  .query(({ ctx, input }) => listBatchesService(ctx.tx, input, todayIn(ctx.tenant.timezone)));
