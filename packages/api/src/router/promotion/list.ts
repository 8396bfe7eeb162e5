import { listPromotions } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";
import { listPromotionsInput } from "./promotion.types";

export const list = tenantProcedure
  .input(listPromotionsInput)
  .query(({ ctx, input }) => listPromotions(ctx.tx, input));
