import { markNotificationsRead } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";
import { markReadInput } from "./notification.types";

export const markRead = tenantProcedure.input(markReadInput).mutation(async ({ ctx, input }) => ({
  marked: await markNotificationsRead(ctx.tx, ctx.tenant.userId, input.ids),
}));
