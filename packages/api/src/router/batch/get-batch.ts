import { todayIn } from "@shelfloop/core";
import { getBatch as getBatchService } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { tenantProcedure } from "../../trpc";
import { getBatchInput } from "./get-batch.types";

export const getBatch = tenantProcedure.input(getBatchInput).query(async ({ ctx, input }) => {
  const batch = await getBatchService(ctx.tx, input.id, todayIn(ctx.tenant.timezone));
  if (!batch) throw new TRPCError({ code: "NOT_FOUND", message: "批次不存在" });
  return batch;
});
