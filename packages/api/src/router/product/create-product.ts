import { createProduct as createProductService } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { productValuesInput } from "./product.types";

/** Staff may create: they meet unknown barcodes while receiving goods. */
export const createProduct = roleProcedure("STAFF")
  .input(productValuesInput)
  .mutation(({ ctx, input }) => createProductService(ctx.tx, ctx.tenant, input));
