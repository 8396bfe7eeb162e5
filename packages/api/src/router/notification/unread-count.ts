import { unreadCount as unreadCountService } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";

export const unreadCount = tenantProcedure.query(({ ctx }) => unreadCountService(ctx.tx, ctx.tenant.userId));
