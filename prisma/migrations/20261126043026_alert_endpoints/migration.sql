-- CreateEnum
CREATE TYPE "RobotKind" AS ENUM ('WECOM', 'DINGTALK');

-- CreateEnum
CREATE TYPE "DeliveryMode" AS ENUM ('IMMEDIATE', 'DIGEST');

-- CreateEnum
CREATE TYPE "EndpointStatus" AS ENUM ('ACTIVE', 'PAUSED');

-- CreateTable
CREATE TABLE "alert_endpoints" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "RobotKind" NOT NULL,
    "token_ciphertext" TEXT NOT NULL,
    "token_hint" TEXT NOT NULL,
    "secret_ciphertext" TEXT,
    "tiers" TEXT[],
    "warehouse_ids" UUID[],
    "mention_mobiles" TEXT[],
    "mention_all" BOOLEAN NOT NULL DEFAULT false,
    "quiet_start" TEXT,
    "quiet_end" TEXT,
    "mode" "DeliveryMode" NOT NULL DEFAULT 'IMMEDIATE',
    "status" "EndpointStatus" NOT NULL DEFAULT 'ACTIVE',
    "failure_count" INTEGER NOT NULL DEFAULT 0,
    "last_result" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "alert_endpoints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "alert_endpoints_tenant_id_name_key" ON "alert_endpoints"("tenant_id", "name");

-- CreateIndex
CREATE INDEX "notifications_tenant_id_user_id_created_at_idx" ON "notifications"("tenant_id", "user_id", "created_at");

-- AddForeignKey
ALTER TABLE "alert_endpoints" ADD CONSTRAINT "alert_endpoints_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: grants and tenant isolation.
GRANT SELECT, INSERT, UPDATE, DELETE ON alert_endpoints, notifications TO shelfloop_app;
SELECT app_isolate_tenant_table('alert_endpoints');
SELECT app_isolate_tenant_table('notifications');

ALTER TABLE alert_endpoints
  ADD CONSTRAINT alert_endpoints_quiet_hours CHECK (
    (quiet_start IS NULL) = (quiet_end IS NULL)
    AND (quiet_start IS NULL OR (quiet_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND quiet_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'))
  );

-- Within a tenant, a signed-in user sees only their own notifications; jobs (no user) see them all.
CREATE POLICY own_notifications ON notifications AS RESTRICTIVE
  USING (user_id = app_user_id() OR app_user_id() IS NULL);
