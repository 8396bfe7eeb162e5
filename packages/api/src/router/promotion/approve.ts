import { approvePromotion, promotionRowById } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { announceApproved } from "./announce-approved";
import { approveInput } from "./promotion.types";
import { relayPriceBook } from "./relay-price-book";

export const approve = roleProcedure("MANAGER")
  .input(approveInput)
  .mutation(async ({ ctx, input }) => {
    const approved = await approvePromotion(ctx.tx, ctx.tenant, input.id, input.comment || null, new Date());
    announceApproved(ctx, approved);
    relayPriceBook(ctx);
    return promotionRowById(ctx.tx, approved.id);
  });
