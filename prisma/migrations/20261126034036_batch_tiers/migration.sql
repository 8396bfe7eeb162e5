-- CreateEnum
CREATE TYPE "TierPolicyScope" AS ENUM ('TENANT', 'CATEGORY', 'PRODUCT');

-- AlterTable
ALTER TABLE "batches" ADD COLUMN     "tier" TEXT NOT NULL DEFAULT 'NORMAL',
ADD COLUMN     "tier_changed_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "tier_policies" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "scope" "TierPolicyScope" NOT NULL,
    "target" TEXT NOT NULL,
    "product_id" UUID,
    "tiers" JSONB NOT NULL,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tier_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "batch_tier_changes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "from_tier" TEXT NOT NULL,
    "to_tier" TEXT NOT NULL,
    "remaining_days" INTEGER NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "batch_tier_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tier_policies_tenant_id_scope_target_key" ON "tier_policies"("tenant_id", "scope", "target");

-- CreateIndex
CREATE INDEX "batch_tier_changes_tenant_id_batch_id_changed_at_idx" ON "batch_tier_changes"("tenant_id", "batch_id", "changed_at");

-- CreateIndex
CREATE INDEX "batch_tier_changes_tenant_id_changed_at_idx" ON "batch_tier_changes"("tenant_id", "changed_at");

-- CreateIndex
CREATE INDEX "batches_tenant_id_tier_idx" ON "batches"("tenant_id", "tier");

-- AddForeignKey
ALTER TABLE "tier_policies" ADD CONSTRAINT "tier_policies_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tier_policies" ADD CONSTRAINT "tier_policies_tenant_id_product_id_fkey" FOREIGN KEY ("tenant_id", "product_id") REFERENCES "products"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "batch_tier_changes" ADD CONSTRAINT "batch_tier_changes_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "batch_tier_changes" ADD CONSTRAINT "batch_tier_changes_tenant_id_batch_id_fkey" FOREIGN KEY ("tenant_id", "batch_id") REFERENCES "batches"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: isolation, integrity and the rules the schema language cannot express.

GRANT SELECT, INSERT, UPDATE, DELETE ON tier_policies TO shelfloop_app;
-- Tier history is append-only for the application, like the stock ledger.
GRANT SELECT, INSERT ON batch_tier_changes TO shelfloop_app;

SELECT app_isolate_tenant_table('tier_policies');
SELECT app_isolate_tenant_table('batch_tier_changes');

ALTER TABLE tier_policies
  ADD CONSTRAINT tier_policies_target_matches_scope CHECK (
    (scope = 'TENANT' AND target = '' AND product_id IS NULL)
    OR (scope = 'CATEGORY' AND target <> '' AND product_id IS NULL)
    OR (scope = 'PRODUCT' AND product_id IS NOT NULL AND target = product_id::text)
  );

-- Scheduled jobs run for every tenant, but row-level security hides tenants from a session that has
-- none. This definer function reveals exactly what the scheduler needs: ids and timezones.
CREATE FUNCTION app_tenants_for_jobs() RETURNS TABLE (id uuid, timezone text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT id, timezone FROM tenants ORDER BY id $$;
REVOKE ALL ON FUNCTION app_tenants_for_jobs() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_tenants_for_jobs() TO shelfloop_app;

-- Expired stock can never be sold, whatever path records the sale and whether or not tiering has
-- run yet: a batch is sellable through the end of its expiry date in the tenant's timezone. The sale's
-- own time decides, so a till that syncs yesterday's sales late is not refused.
CREATE FUNCTION refuse_sale_of_expired_batch() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM batches b JOIN tenants t ON t.id = b.tenant_id
     WHERE b.tenant_id = NEW.tenant_id AND b.id = NEW.batch_id
       AND b.expiry_date < (NEW.occurred_at AT TIME ZONE t.timezone)::date
  ) THEN
    RAISE EXCEPTION '批次已过期，不能销售' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER stock_movements_refuse_expired_sale
  BEFORE INSERT ON stock_movements
  FOR EACH ROW WHEN (NEW.type = 'SALE')
  EXECUTE FUNCTION refuse_sale_of_expired_batch();
