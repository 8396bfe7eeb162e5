import { todayIn } from "@shelfloop/core";
import { purchasingAdviceReport } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { purchasingAdviceInput } from "./report.types";

export const purchasingAdvice = roleProcedure("VIEWER")
  .input(purchasingAdviceInput)
  .query(({ ctx, input }) =>
    purchasingAdviceReport(ctx.tx, todayIn(ctx.tenant.timezone), input.warehouseId ?? null),
  );
