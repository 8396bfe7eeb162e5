import { createSubscription } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { subscriptionInput } from "./webhook.types";

/** A plain webhook's signing secret is in this answer only: the console shows it once. */
export const create = roleProcedure("ADMIN")
  .input(subscriptionInput)
  .mutation(({ ctx, input }) => createSubscription(ctx.tx, ctx.tenant, input));
