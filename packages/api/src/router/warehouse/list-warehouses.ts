import { listWarehouses as listWarehousesService } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";
import { listWarehousesInput } from "./warehouse.types";

export const listWarehouses = tenantProcedure
  .input(listWarehousesInput)
  .query(({ ctx, input }) => listWarehousesService(ctx.tx, input));
