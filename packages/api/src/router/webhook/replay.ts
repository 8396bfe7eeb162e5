import { replayDelivery } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { roleProcedure } from "../../trpc";
import { restartDeliveries } from "./restart";

/** 重新投递: the delivery goes back in its subscription's queue with a fresh count of attempts. */
export const replay = roleProcedure("ADMIN")
  .input(z.object({ deliveryId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const subscriptionId = await replayDelivery(ctx.tx, ctx.tenant, input.deliveryId);
    if (!subscriptionId) throw new TRPCError({ code: "NOT_FOUND", message: "该投递记录不存在" });
    return { mode: restartDeliveries(ctx, subscriptionId) };
  });
