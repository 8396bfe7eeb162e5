import { saveRule } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { saveRuleInput } from "./promotion-rule.types";

export const save = roleProcedure("ADMIN")
  .input(saveRuleInput)
  .mutation(({ ctx, input }) => saveRule(ctx.tx, ctx.tenant, input));
