import { deleteRule } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { ruleIdInput } from "./promotion-rule.types";

export const deleteRuleProcedure = roleProcedure("ADMIN")
  .input(ruleIdInput)
  .mutation(async ({ ctx, input }) => {
    await deleteRule(ctx.tx, ctx.tenant, input.id);
    return { id: input.id };
  });
