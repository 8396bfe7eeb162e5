import { saveTierPolicy } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { roleProcedure } from "../../trpc";
import { policyInput } from "./tiering.types";
import { validatedPolicy } from "./validated-policy";

export const savePolicy = roleProcedure("ADMIN")
  .input(policyInput)
  .mutation(async ({ ctx, input }) => {
    const { target } = input;
    if (
      target.scope === "PRODUCT" &&
      !(await ctx.tx.product.findUnique({ where: { id: target.productId } }))
    ) {
      throw new TRPCError({ code: "NOT_FOUND", message: "商品不存在" });
    }
    const saved = await saveTierPolicy(ctx.tx, ctx.tenant, input.target, validatedPolicy(input.policy));
    return { id: saved.id, updatedAt: saved.updatedAt };
  });
