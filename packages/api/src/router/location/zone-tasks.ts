import { clearanceZoneTasks } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { zoneTasksInput } from "./location.types";

/** The store's "move to 临期专区" tasks: alert-tier batches with stock outside its clearance zone. */
export const zoneTasks = roleProcedure("STAFF")
  .input(zoneTasksInput)
  .query(({ ctx, input }) => clearanceZoneTasks(ctx.tx, input.warehouseId, new Date()));
