import { updateProduct as updateProductService } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { updateProductInput } from "./product.types";

export const updateProduct = roleProcedure("MANAGER")
  .input(updateProductInput)
  .mutation(({ ctx, input: { id, ...values } }) => updateProductService(ctx.tx, ctx.tenant, id, values));
