import { deleteTierPolicy } from "@shelfloop/db";
import { TRPCError } from "@trpc/server";
import { roleProcedure } from "../../trpc";
import { policyScopeInput } from "./tiering.types";

/** Removes a category or product override; the tenant policy itself can only be replaced. */
export const deletePolicy = roleProcedure("ADMIN")
  .input(policyScopeInput)
  .mutation(async ({ ctx, input }) => {
    if (input.scope === "TENANT")
      throw new TRPCError({ code: "BAD_REQUEST", message: "商户级策略不能删除，只能修改" });
    if (!(await deleteTierPolicy(ctx.tx, ctx.tenant, input)))
      throw new TRPCError({ code: "NOT_FOUND", message: "该策略不存在" });
    return { deleted: true };
  });
