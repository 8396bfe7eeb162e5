import { saveWarehouse as saveWarehouseService } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { saveWarehouseInput } from "./warehouse.types";

export const saveWarehouse = roleProcedure("ADMIN")
  .input(saveWarehouseInput)
  .mutation(({ ctx, input: { id, ...input } }) => saveWarehouseService(ctx.tx, ctx.tenant, input, id));
