import { listProducts as listProductsService } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";
import { listProductsInput } from "./product.types";

export const listProducts = tenantProcedure
  .input(listProductsInput)
  .query(({ ctx, input }) => listProductsService(ctx.tx, input));
