-- AlterTable
ALTER TABLE "stock_movements" ADD COLUMN     "channel" TEXT,
ADD COLUMN     "list_value_fen" INTEGER,
ADD COLUMN     "promotion_id" UUID,
ADD COLUMN     "revenue_fen" INTEGER;

-- CreateTable
CREATE TABLE "report_daily_sales" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "warehouse_id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "promotion_id" UUID,
    "units_sold" INTEGER NOT NULL,
    "revenue_fen" BIGINT NOT NULL,
    "list_value_fen" BIGINT NOT NULL,
    "cogs_fen" BIGINT NOT NULL,
    "units_written_off" INTEGER NOT NULL,
    "write_off_value_fen" BIGINT NOT NULL,
    "units_received" INTEGER NOT NULL,

    CONSTRAINT "report_daily_sales_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_daily_stock" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "warehouse_id" UUID NOT NULL,
    "tier" TEXT NOT NULL,
    "batches" INTEGER NOT NULL,
    "units_on_hand" INTEGER NOT NULL,
    "cost_value_fen" BIGINT NOT NULL,

    CONSTRAINT "report_daily_stock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_rollup_days" (
    "tenant_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "rolled_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_rollup_days_pkey" PRIMARY KEY ("tenant_id","day")
);

-- CreateIndex
CREATE INDEX "report_daily_sales_tenant_id_day_idx" ON "report_daily_sales"("tenant_id", "day");

-- CreateIndex
CREATE INDEX "report_daily_sales_tenant_id_promotion_id_idx" ON "report_daily_sales"("tenant_id", "promotion_id");

-- CreateIndex
CREATE INDEX "report_daily_sales_tenant_id_batch_id_day_idx" ON "report_daily_sales"("tenant_id", "batch_id", "day");

-- CreateIndex
CREATE UNIQUE INDEX "report_daily_stock_tenant_id_day_warehouse_id_tier_key" ON "report_daily_stock"("tenant_id", "day", "warehouse_id", "tier");

-- AddForeignKey
ALTER TABLE "report_daily_sales" ADD CONSTRAINT "report_daily_sales_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_daily_stock" ADD CONSTRAINT "report_daily_stock_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_rollup_days" ADD CONSTRAINT "report_rollup_days_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: rollups belong to one tenant. A day is rebuilt whole (DELETE then INSERT).
GRANT SELECT, INSERT, UPDATE, DELETE ON report_daily_sales, report_daily_stock, report_rollup_days TO shelfloop_app;
SELECT app_isolate_tenant_table(t)
  FROM unnest(ARRAY['report_daily_sales', 'report_daily_stock', 'report_rollup_days']::regclass[]) AS t;

ALTER TABLE stock_movements
  ADD CONSTRAINT stock_movements_sale_amounts CHECK (
    (revenue_fen IS NULL OR (type = 'SALE' AND revenue_fen >= 0)) AND
    (list_value_fen IS NULL OR (type = 'SALE' AND list_value_fen >= 0)));
