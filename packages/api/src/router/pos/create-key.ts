import { createPosKey } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { createKeyInput } from "./pos.types";

/** The secret is in this answer only: the console shows it once for the merchant to copy into the till. */
export const createKey = roleProcedure("ADMIN")
  .input(createKeyInput)
  .mutation(({ ctx, input }) => createPosKey(ctx.tx, ctx.tenant, input));
