import { pickList as pickListService } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { pickListInput } from "./stock.types";

/** A FEFO preview of an outbound movement, in location-code order (one walk through the store). */
export const pickList = roleProcedure("STAFF")
  .input(pickListInput)
  .query(({ ctx, input }) => pickListService(ctx.tx, { ...input, now: new Date() }));
