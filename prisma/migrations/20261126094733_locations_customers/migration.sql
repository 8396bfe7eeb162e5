-- AlterTable
ALTER TABLE "batches" ADD COLUMN     "location_id" UUID;

-- CreateTable
CREATE TABLE "locations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "warehouse_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT,
    "is_clearance_zone" BOOLEAN NOT NULL DEFAULT false,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "locations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer_purchases" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "customer" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "sale_id" UUID NOT NULL,
    "purchased_at" TIMESTAMPTZ(3) NOT NULL,
    "revenue_fen" INTEGER NOT NULL,
    "clearance_revenue_fen" INTEGER NOT NULL,
    "promotion_ids" UUID[],

    CONSTRAINT "customer_purchases_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "locations_tenant_id_id_key" ON "locations"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "locations_tenant_id_warehouse_id_code_key" ON "locations"("tenant_id", "warehouse_id", "code");

-- CreateIndex
CREATE INDEX "customer_purchases_tenant_id_customer_purchased_at_idx" ON "customer_purchases"("tenant_id", "customer", "purchased_at");

-- CreateIndex
CREATE INDEX "customer_purchases_tenant_id_purchased_at_idx" ON "customer_purchases"("tenant_id", "purchased_at");

-- CreateIndex
CREATE UNIQUE INDEX "customer_purchases_tenant_id_sale_id_key" ON "customer_purchases"("tenant_id", "sale_id");

-- AddForeignKey
ALTER TABLE "batches" ADD CONSTRAINT "batches_tenant_id_location_id_fkey" FOREIGN KEY ("tenant_id", "location_id") REFERENCES "locations"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "locations" ADD CONSTRAINT "locations_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "locations" ADD CONSTRAINT "locations_tenant_id_warehouse_id_fkey" FOREIGN KEY ("tenant_id", "warehouse_id") REFERENCES "warehouses"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_purchases" ADD CONSTRAINT "customer_purchases_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: locations and purchases belong to one tenant.
GRANT SELECT, INSERT, UPDATE ON locations, customer_purchases TO shelfloop_app;
SELECT app_isolate_tenant_table(t) FROM unnest(ARRAY['locations', 'customer_purchases']::regclass[]) AS t;
ALTER TABLE locations ADD CONSTRAINT locations_code CHECK (code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$');
ALTER TABLE customer_purchases
  ADD CONSTRAINT customer_purchases_amounts CHECK (revenue_fen >= 0 AND clearance_revenue_fen BETWEEN 0 AND revenue_fen);
