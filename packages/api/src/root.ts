import { alertsRouter } from "./router/alerts/router";
import { batchRouter } from "./router/batch/router";
import { dashboardRouter } from "./router/dashboard/router";
import { notificationRouter } from "./router/notification/router";
import { productRouter } from "./router/product/router";
import { tenantRouter } from "./router/tenant/router";
import { tieringRouter } from "./router/tiering/router";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  alerts: alertsRouter,
  batch: batchRouter,
  dashboard: dashboardRouter,
  notification: notificationRouter,
  product: productRouter,
  tenant: tenantRouter,
  tiering: tieringRouter,
});

export type AppRouter = typeof appRouter;
