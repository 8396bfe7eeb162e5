-- CreateTable
CREATE TABLE "report_daily_channel" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "warehouse_id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "units_sold" INTEGER NOT NULL,
    "revenue_fen" BIGINT NOT NULL,
    "list_value_fen" BIGINT NOT NULL,
    "cogs_fen" BIGINT NOT NULL,
    "units_written_off" INTEGER NOT NULL,
    "write_off_value_fen" BIGINT NOT NULL,
    "units_received" INTEGER NOT NULL,

    CONSTRAINT "report_daily_channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_daily_tier_entries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "warehouse_id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "tier" TEXT NOT NULL,
    "batches" INTEGER NOT NULL,

    CONSTRAINT "report_daily_tier_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "report_daily_channel_tenant_id_day_warehouse_id_channel_key" ON "report_daily_channel"("tenant_id", "day", "warehouse_id", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "report_daily_tier_entries_tenant_id_day_warehouse_id_produc_key" ON "report_daily_tier_entries"("tenant_id", "day", "warehouse_id", "product_id", "tier");

-- AddForeignKey
ALTER TABLE "report_daily_channel" ADD CONSTRAINT "report_daily_channel_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_daily_tier_entries" ADD CONSTRAINT "report_daily_tier_entries_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: rollups belong to one tenant. A day is rebuilt whole (DELETE then INSERT).
GRANT SELECT, INSERT, UPDATE, DELETE ON report_daily_channel, report_daily_tier_entries TO shelfloop_app;
SELECT app_isolate_tenant_table(t)
  FROM unnest(ARRAY['report_daily_channel', 'report_daily_tier_entries']::regclass[]) AS t;
