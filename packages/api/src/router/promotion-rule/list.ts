import { listRules } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";

export const list = tenantProcedure.query(({ ctx }) => listRules(ctx.tx));
