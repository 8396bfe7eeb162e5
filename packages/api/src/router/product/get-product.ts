import { getProduct as getProductService } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { tenantProcedure } from "../../trpc";
import { productIdInput } from "./product.types";

export const getProduct = tenantProcedure.input(productIdInput).query(async ({ ctx, input }) => {
  const product = await getProductService(ctx.tx, input.id);
  if (!product) throw new TRPCError({ code: "NOT_FOUND", message: "商品不存在" });
  return product;
});
