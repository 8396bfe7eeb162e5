import { getPromotion } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";
import { promotionIdInput } from "./promotion.types";

export const get = tenantProcedure
  .input(promotionIdInput)
  .query(({ ctx, input }) => getPromotion(ctx.tx, input.id, ctx.tenant.timezone, new Date()));
