import { batchRouter } from "./router/batch/router";
import { dashboardRouter } from "./router/dashboard/router";
import { productRouter } from "./router/product/router";
import { tenantRouter } from "./router/tenant/router";
import { tieringRouter } from "./router/tiering/router";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  batch: batchRouter,
  dashboard: dashboardRouter,
  product: productRouter,
  tenant: tenantRouter,
  tiering: tieringRouter,
});

export type AppRouter = typeof appRouter;
