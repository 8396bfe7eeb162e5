import { alertsRouter } from "./router/alerts/router";
import { batchRouter } from "./router/batch/router";
import { dashboardRouter } from "./router/dashboard/router";
import { labelRouter } from "./router/label/router";
import { locationRouter } from "./router/location/router";
import { miniappRouter } from "./router/miniapp/router";
import { notificationRouter } from "./router/notification/router";
import { onboardingRouter } from "./router/onboarding/router";
import { posRouter } from "./router/pos/router";
import { productRouter } from "./router/product/router";
import { promotionRouter } from "./router/promotion/router";
import { promotionRuleRouter } from "./router/promotion-rule/router";
import { reportRouter } from "./router/report/router";
import { staffRouter } from "./router/staff/router";
import { stockRouter } from "./router/stock/router";
import { tenantRouter } from "./router/tenant/router";
import { tieringRouter } from "./router/tiering/router";
import { warehouseRouter } from "./router/warehouse/router";
import { webhookRouter } from "./router/webhook/router";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  alerts: alertsRouter,
  batch: batchRouter,
  dashboard: dashboardRouter,
  label: labelRouter,
  location: locationRouter,
  miniapp: miniappRouter,
  notification: notificationRouter,
  onboarding: onboardingRouter,
  pos: posRouter,
  product: productRouter,
  promotion: promotionRouter,
  promotionRule: promotionRuleRouter,
  report: reportRouter,
  staff: staffRouter,
  stock: stockRouter,
  tenant: tenantRouter,
  tiering: tieringRouter,
  warehouse: warehouseRouter,
  webhook: webhookRouter,
});

export type AppRouter = typeof appRouter;
