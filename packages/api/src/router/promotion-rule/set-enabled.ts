import { setRuleEnabled } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { setEnabledInput } from "./promotion-rule.types";

export const setEnabled = roleProcedure("ADMIN")
  .input(setEnabledInput)
  .mutation(({ ctx, input }) => setRuleEnabled(ctx.tx, ctx.tenant, input.id, input.enabled));
