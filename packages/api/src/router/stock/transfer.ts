import { transferStock } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { transferInput } from "./stock.types";

/** Moves units between warehouses: of one batch when given, else first expired first out. */
export const transfer = roleProcedure("STAFF")
  .input(transferInput)
  .mutation(({ ctx, input: { note, ...input } }) =>
    transferStock(ctx.tx, { ...input, reason: note, actorId: ctx.tenant.userId, now: new Date() }),
  );
