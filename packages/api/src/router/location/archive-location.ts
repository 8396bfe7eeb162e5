import { setLocationArchived } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { archiveLocationInput } from "./location.types";

/** Archives a location (refused while a batch with stock sits there) or restores it. */
export const archiveLocation = roleProcedure("ADMIN")
  .input(archiveLocationInput)
  .mutation(({ ctx, input }) => setLocationArchived(ctx.tx, ctx.tenant, input.id, input.archived));
