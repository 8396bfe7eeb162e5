-- CreateEnum
CREATE TYPE "PromotionStatus" AS ENUM ('PENDING_APPROVAL', 'SCHEDULED', 'ACTIVE', 'ENDED', 'REJECTED', 'SUPERSEDED', 'CANCELLED');

-- AlterTable
ALTER TABLE "batches" ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "promotion_rules" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "condition" JSONB NOT NULL,
    "template" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "promotion_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "promotions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "rule_id" UUID,
    "rule_version" INTEGER NOT NULL,
    "rule" JSONB NOT NULL,
    "tier" TEXT NOT NULL,
    "terms" JSONB NOT NULL,
    "channels" TEXT[],
    "stacks_with_coupon" BOOLEAN NOT NULL,
    "margin_floor_percent" INTEGER NOT NULL,
    "allow_below_cost" BOOLEAN NOT NULL,
    "status" "PromotionStatus" NOT NULL,
    "reserved_qty" INTEGER NOT NULL,
    "sold_qty" INTEGER NOT NULL DEFAULT 0,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_comment" TEXT,
    "ended_reason" TEXT,
    "superseded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "promotions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coupons" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "promotion_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "terms" JSONB NOT NULL,
    "min_spend_fen" INTEGER NOT NULL,
    "per_customer_limit" INTEGER,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE NOT NULL,
    "claimed_by" TEXT,
    "claimed_at" TIMESTAMPTZ(3),
    "redeemed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "coupons_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "promotion_rules_tenant_id_priority_idx" ON "promotion_rules"("tenant_id", "priority");

-- CreateIndex
CREATE UNIQUE INDEX "promotion_rules_tenant_id_id_key" ON "promotion_rules"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "promotion_rules_tenant_id_name_key" ON "promotion_rules"("tenant_id", "name");

-- CreateIndex
CREATE INDEX "promotions_tenant_id_status_idx" ON "promotions"("tenant_id", "status");

-- CreateIndex
CREATE INDEX "promotions_tenant_id_batch_id_idx" ON "promotions"("tenant_id", "batch_id");

-- CreateIndex
CREATE UNIQUE INDEX "promotions_tenant_id_id_key" ON "promotions"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "coupons_code_key" ON "coupons"("code");

-- CreateIndex
CREATE INDEX "coupons_tenant_id_promotion_id_idx" ON "coupons"("tenant_id", "promotion_id");

-- AddForeignKey
ALTER TABLE "promotion_rules" ADD CONSTRAINT "promotion_rules_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_tenant_id_batch_id_fkey" FOREIGN KEY ("tenant_id", "batch_id") REFERENCES "batches"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_tenant_id_rule_id_fkey" FOREIGN KEY ("tenant_id", "rule_id") REFERENCES "promotion_rules"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_tenant_id_promotion_id_fkey" FOREIGN KEY ("tenant_id", "promotion_id") REFERENCES "promotions"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: rules, promotions and coupons belong to one tenant.
GRANT SELECT, INSERT, UPDATE, DELETE ON promotion_rules TO shelfloop_app;
GRANT SELECT, INSERT, UPDATE ON promotions, coupons TO shelfloop_app;
SELECT app_isolate_tenant_table(t)
  FROM unnest(ARRAY['promotion_rules', 'promotions', 'coupons']::regclass[]) AS t;

ALTER TABLE promotions
  ADD CONSTRAINT promotions_quantities CHECK (reserved_qty >= 0 AND sold_qty >= 0 AND sold_qty <= reserved_qty),
  ADD CONSTRAINT promotions_window CHECK (ends_at > starts_at),
  ADD CONSTRAINT promotions_floor CHECK (margin_floor_percent BETWEEN 0 AND 1000);

-- At most one open promotion per batch: a redelivered tier-change event, or two at once, cannot make
-- a second one (the insert fails and the matcher treats the batch as already promoted).
CREATE UNIQUE INDEX promotions_one_open_per_batch ON promotions (tenant_id, batch_id)
  WHERE status IN ('PENDING_APPROVAL', 'SCHEDULED', 'ACTIVE');
