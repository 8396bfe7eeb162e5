import { moveBatchStock } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { adjustInput } from "./stock.types";

/** Corrects a batch's on-hand units after counting (either sign), with a note saying why. */
export const adjust = roleProcedure("STAFF")
  .input(adjustInput)
  .mutation(({ ctx, input }) =>
    moveBatchStock(ctx.tx, {
      type: "ADJUST",
      batchId: input.batchId,
      delta: input.delta,
      reason: input.note,
      actorId: ctx.tenant.userId,
      now: new Date(),
    }),
  );
