import { setupProgress } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";

export const getSetupProgress = tenantProcedure.query(({ ctx }) =>
  setupProgress(ctx.tx, ctx.tenant.tenantId),
);
