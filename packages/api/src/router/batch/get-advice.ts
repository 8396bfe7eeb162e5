import { todayIn } from "@shelfloop/core";
import { batchMarkdownAdvice } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";
import { getBatchInput } from "./get-batch.types";

/** The markdown advisor's recommendation for one batch (shown on its page and when approving a deal). */
export const getAdvice = tenantProcedure
  .input(getBatchInput)
  .query(({ ctx, input }) => batchMarkdownAdvice(ctx.tx, input.id, todayIn(ctx.tenant.timezone)));
