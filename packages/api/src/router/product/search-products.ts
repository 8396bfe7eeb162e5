import { searchProducts as searchProductsService } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";
import { searchProductsInput } from "./search-products.types";

export const searchProducts = tenantProcedure
  .input(searchProductsInput)
  .query(({ ctx, input }) => searchProductsService(ctx.tx, input.query));
