-- CreateEnum
CREATE TYPE "DealAlertStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "miniapp_deal_alert" JSONB;

-- CreateTable
CREATE TABLE "deal_alerts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "consumer_id" UUID NOT NULL,
    "product_id" UUID,
    "template_id" TEXT NOT NULL,
    "status" "DealAlertStatus" NOT NULL DEFAULT 'PENDING',
    "sent_version" INTEGER,
    "batch_id" UUID,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "settled_at" TIMESTAMPTZ(3),

    CONSTRAINT "deal_alerts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "deal_alerts_tenant_id_status_product_id_idx" ON "deal_alerts"("tenant_id", "status", "product_id");

-- CreateIndex
CREATE INDEX "deal_alerts_consumer_id_status_idx" ON "deal_alerts"("consumer_id", "status");

-- AddForeignKey
ALTER TABLE "deal_alerts" ADD CONSTRAINT "deal_alerts_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_alerts" ADD CONSTRAINT "deal_alerts_consumer_id_fkey" FOREIGN KEY ("consumer_id") REFERENCES "consumers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_alerts" ADD CONSTRAINT "deal_alerts_tenant_id_product_id_fkey" FOREIGN KEY ("tenant_id", "product_id") REFERENCES "products"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: a deal alert belongs to one tenant.
GRANT SELECT, INSERT, UPDATE ON deal_alerts TO shelfloop_app;
SELECT app_isolate_tenant_table('deal_alerts'::regclass);
