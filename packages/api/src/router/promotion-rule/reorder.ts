import { reorderRules } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { reorderInput } from "./promotion-rule.types";

export const reorder = roleProcedure("ADMIN")
  .input(reorderInput)
  .mutation(({ ctx, input }) => reorderRules(ctx.tx, ctx.tenant, input.ids));
