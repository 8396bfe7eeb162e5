import { listDeliveries } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { deliveriesInput } from "./webhook.types";

/** A subscription's deliveries; `status: "DEAD"` is the dead-letter list. */
export const deliveries = roleProcedure("ADMIN")
  .input(deliveriesInput)
  .query(({ ctx, input }) => listDeliveries(ctx.tx, input.subscriptionId, { status: input.status }));
