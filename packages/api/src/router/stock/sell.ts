import { moveStockOut } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { sellInput } from "./stock.types";

/** Units of a product leave a warehouse as a sale, first expired first out; returns the lots drawn. */
export const sell = roleProcedure("STAFF")
  .input(sellInput)
  .mutation(({ ctx, input }) =>
    moveStockOut(ctx.tx, {
      type: "SALE",
      productId: input.productId,
      warehouseId: input.warehouseId,
      quantity: input.quantity,
      reason: input.note,
      actorId: ctx.tenant.userId,
      now: new Date(),
    }),
  );
