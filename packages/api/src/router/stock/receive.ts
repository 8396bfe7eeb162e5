import { hasRole } from "@shelfloop/core";
import { receiveGoods } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { roleProcedure } from "../../trpc";
import { announceTierChanges } from "./announce-tier-changes";
import { receiveInput } from "./stock.types";

/**
 * Receives one lot (scanned or typed). The dates are checked again here; expired goods only with a
 * manager's reason. A lot arriving in an alerting tier is alerted about once the receipt commits.
 */
export const receive = roleProcedure("STAFF")
  .input(receiveInput)
  .mutation(async ({ ctx, input }) => {
    if (input.managerOverrideReason !== undefined && !hasRole(ctx.tenant.role, "MANAGER")) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "只有经理可以填写原因、收货已过期的商品，请联系经理",
      });
    }
    const now = new Date();
    const { tierChange, ...received } = await receiveGoods(ctx.tx, {
      ...input,
      actorId: ctx.tenant.userId,
      now,
    });
    announceTierChanges(ctx, tierChange ? [tierChange] : [], now);
    return received;
  });
