import { setWarehouseArchived } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { setArchivedInput } from "./warehouse.types";

export const setArchived = roleProcedure("ADMIN")
  .input(setArchivedInput)
  .mutation(({ ctx, input }) => setWarehouseArchived(ctx.tx, ctx.tenant, input.id, input.archived));
