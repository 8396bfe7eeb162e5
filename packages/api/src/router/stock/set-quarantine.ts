import { setBatchQuarantine } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { setQuarantineInput } from "./stock.types";

/** Holds a batch back from sale (冻结) or releases it (解冻), with the reason in the audit log. */
export const setQuarantine = roleProcedure("MANAGER")
  .input(setQuarantineInput)
  .mutation(({ ctx, input }) => setBatchQuarantine(ctx.tx, { ...input, actorId: ctx.tenant.userId }));
