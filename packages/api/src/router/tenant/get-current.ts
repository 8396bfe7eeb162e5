import { todayIn } from "@shelfloop/core";
import { tenantProcedure } from "../../trpc";

/** The signed-in member, their tenant and today's date there (for the console header). */
export const getCurrent = tenantProcedure.query(({ ctx }) => ({
  ...ctx.tenant,
  today: todayIn(ctx.tenant.timezone),
}));
