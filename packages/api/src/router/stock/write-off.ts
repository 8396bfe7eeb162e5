import { moveBatchStock } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { writeOffInput } from "./stock.types";

/** Removes units of a batch as a loss (expired, damaged, recalled, other), expired stock included. */
export const writeOff = roleProcedure("MANAGER")
  .input(writeOffInput)
  .mutation(({ ctx, input }) =>
    moveBatchStock(ctx.tx, {
      type: "WRITE_OFF",
      batchId: input.batchId,
      delta: -input.quantity,
      reason: { category: input.category, note: input.note },
      actorId: ctx.tenant.userId,
      now: new Date(),
    }),
  );
