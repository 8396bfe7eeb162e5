import { updateLocation as updateLocationService } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { updateLocationInput } from "./location.types";

/** Changes a location's code, name or clearance-zone flag. */
export const updateLocation = roleProcedure("ADMIN")
  .input(updateLocationInput)
  .mutation(({ ctx, input: { id, ...input } }) => updateLocationService(ctx.tx, ctx.tenant, id, input));
