import { previewRule } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { previewInput } from "./promotion-rule.types";

/** What a rule being edited would do to today's batches, before it is saved. */
export const preview = roleProcedure("MANAGER")
  .input(previewInput)
  .query(({ ctx, input }) => previewRule(ctx.tx, ctx.tenant.timezone, input, new Date()));
