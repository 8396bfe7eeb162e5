import { moveBatchLocation } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { moveLocationInput } from "./stock.types";

/** Moves a whole batch to another location of its warehouse (a net-zero ledger pair plus an audit row). */
export const moveLocation = roleProcedure("STAFF")
  .input(moveLocationInput)
  .mutation(({ ctx, input }) =>
    moveBatchLocation(ctx.tx, { ...input, actorId: ctx.tenant.userId, now: new Date() }),
  );
