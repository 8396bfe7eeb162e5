import { listNotifications } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";

export const list = tenantProcedure.query(({ ctx }) => listNotifications(ctx.tx, ctx.tenant.userId));
