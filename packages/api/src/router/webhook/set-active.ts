import { setSubscriptionActive } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { roleProcedure } from "../../trpc";
import { restartDeliveries } from "./restart";
import { subscriptionIdInput } from "./webhook.types";

/** Pausing holds deliveries back; resuming sends what queued meanwhile. */
export const setActive = roleProcedure("ADMIN")
  .input(subscriptionIdInput.extend({ active: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    if (!(await setSubscriptionActive(ctx.tx, ctx.tenant, input.id, input.active)))
      throw new TRPCError({ code: "NOT_FOUND", message: "该订阅不存在" });
    if (input.active) restartDeliveries(ctx, input.id);
    return { active: input.active };
  });
