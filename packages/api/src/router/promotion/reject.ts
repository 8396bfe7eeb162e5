import { promotionRowById, rejectPromotion } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { reasonedInput } from "./promotion.types";
import { relayPriceBook } from "./relay-price-book";

export const reject = roleProcedure("MANAGER")
  .input(reasonedInput)
  .mutation(async ({ ctx, input }) => {
    await rejectPromotion(ctx.tx, ctx.tenant, input.id, input.comment, new Date());
    relayPriceBook(ctx);
    return promotionRowById(ctx.tx, input.id);
  });
