import { listLocations as listLocationsService } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { listLocationsInput } from "./location.types";

/** Locations (bins/shelves) of a warehouse, or of all, by code. */
export const listLocations = roleProcedure("VIEWER")
  .input(listLocationsInput)
  .query(({ ctx, input }) => listLocationsService(ctx.tx, input));
