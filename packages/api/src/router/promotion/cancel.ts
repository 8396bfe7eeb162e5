import { cancelPromotion, promotionRowById } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { reasonedInput } from "./promotion.types";
import { relayPriceBook } from "./relay-price-book";

export const cancel = roleProcedure("MANAGER")
  .input(reasonedInput)
  .mutation(async ({ ctx, input }) => {
    await cancelPromotion(ctx.tx, ctx.tenant, input.id, input.comment);
    relayPriceBook(ctx);
    return promotionRowById(ctx.tx, input.id);
  });
