import { deleteSubscription } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { roleProcedure } from "../../trpc";
import { subscriptionIdInput } from "./webhook.types";

export const remove = roleProcedure("ADMIN")
  .input(subscriptionIdInput)
  .mutation(async ({ ctx, input }) => {
    if (!(await deleteSubscription(ctx.tx, ctx.tenant, input.id)))
      throw new TRPCError({ code: "NOT_FOUND", message: "该订阅不存在" });
    return { deleted: true };
  });
