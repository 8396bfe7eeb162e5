-- AlterTable
ALTER TABLE "alert_endpoints" ADD COLUMN     "pending_since" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "memberships" ADD COLUMN     "warehouse_ids" UUID[] DEFAULT ARRAY[]::UUID[];
