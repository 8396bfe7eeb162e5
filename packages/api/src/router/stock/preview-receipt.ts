import { previewReceipt as previewReceiptService } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { previewReceiptInput } from "./stock.types";

/** The dates, days left and tier a lot typed into the receiving form would be received with. */
export const previewReceipt = roleProcedure("STAFF")
  .input(previewReceiptInput)
  .query(({ ctx, input }) => previewReceiptService(ctx.tx, { ...input, now: new Date() }));
