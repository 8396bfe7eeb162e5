import { createLocation as createLocationService } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { createLocationInput } from "./location.types";

/** A new location in a warehouse; a code already used there is a CONFLICT on `code`. */
export const createLocation = roleProcedure("ADMIN")
  .input(createLocationInput)
  .mutation(({ ctx, input }) => createLocationService(ctx.tx, ctx.tenant, input));
