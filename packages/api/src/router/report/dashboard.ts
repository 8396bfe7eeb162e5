import { reportDashboard } from "@shelfloop/db";
import { roleProcedure } from "../../trpc";
import { dashboardInput } from "./report.types";

export const dashboard = roleProcedure("VIEWER")
  .input(dashboardInput)
  .query(({ ctx, input }) =>
    reportDashboard(ctx.tx, ctx.tenant.timezone, {
      from: input.from,
      to: input.to,
      warehouseId: input.warehouseId ?? null,
    }),
  );
