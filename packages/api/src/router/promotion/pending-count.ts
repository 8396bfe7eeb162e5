import { pendingPromotionCount } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";

export const pendingCount = tenantProcedure.query(({ ctx }) => pendingPromotionCount(ctx.tx));
