import { previewTierCounts } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";
import { policyInput } from "./tiering.types";
import { validatedPolicy } from "./validated-policy";

/** "With this policy: 37 batches yellow, 12 red" — computed, never written. */
export const previewPolicy = tenantProcedure
  .input(policyInput)
  .query(({ ctx, input }) =>
    previewTierCounts(ctx.tx, ctx.tenant.timezone, input.target, validatedPolicy(input.policy)),
  );
