-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'DELIVERED', 'DEAD');

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "miniapp_app_id" TEXT,
ADD COLUMN     "price_book_version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "price_book_versions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "promotion_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "price_book_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price_book_entries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "product_id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "promotion_id" UUID NOT NULL,
    "price_fen" INTEGER NOT NULL,
    "original_price_fen" INTEGER NOT NULL,
    "badge" TEXT NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE NOT NULL,
    "added_version" INTEGER NOT NULL,
    "removed_version" INTEGER,

    CONSTRAINT "price_book_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_subscriptions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret_ciphertext" TEXT NOT NULL,
    "events" TEXT[],
    "kind" TEXT NOT NULL DEFAULT 'WEBHOOK',
    "settings" JSONB,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "subscription_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "delivered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_api_keys" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "warehouse_id" UUID NOT NULL,
    "key_id" TEXT NOT NULL,
    "secret_ciphertext" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "pos_api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos_nonces" (
    "tenant_id" UUID NOT NULL,
    "key_id" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "pos_nonces_pkey" PRIMARY KEY ("key_id","nonce")
);

-- CreateTable
CREATE TABLE "pos_sales" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "warehouse_id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "response" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pos_sales_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consumers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "openid" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consumers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "price_book_versions_tenant_id_version_key" ON "price_book_versions"("tenant_id", "version");

-- CreateIndex
CREATE INDEX "price_book_entries_tenant_id_added_version_idx" ON "price_book_entries"("tenant_id", "added_version");

-- CreateIndex
CREATE INDEX "price_book_entries_tenant_id_removed_version_idx" ON "price_book_entries"("tenant_id", "removed_version");

-- CreateIndex
CREATE INDEX "price_book_entries_tenant_id_channel_product_id_idx" ON "price_book_entries"("tenant_id", "channel", "product_id");

-- CreateIndex
CREATE INDEX "outbox_events_published_at_created_at_idx" ON "outbox_events"("published_at", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_subscriptions_tenant_id_id_key" ON "webhook_subscriptions"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "webhook_deliveries_tenant_id_status_idx" ON "webhook_deliveries"("tenant_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_subscription_id_version_key" ON "webhook_deliveries"("subscription_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "pos_api_keys_key_id_key" ON "pos_api_keys"("key_id");

-- CreateIndex
CREATE INDEX "pos_nonces_expires_at_idx" ON "pos_nonces"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "pos_sales_tenant_id_idempotency_key_key" ON "pos_sales"("tenant_id", "idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "consumers_tenant_id_openid_key" ON "consumers"("tenant_id", "openid");

-- CreateIndex
CREATE UNIQUE INDEX "tenants_miniapp_app_id_key" ON "tenants"("miniapp_app_id");

-- AddForeignKey
ALTER TABLE "price_book_versions" ADD CONSTRAINT "price_book_versions_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price_book_entries" ADD CONSTRAINT "price_book_entries_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_events" ADD CONSTRAINT "outbox_events_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "webhook_subscriptions_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_tenant_id_subscription_id_fkey" FOREIGN KEY ("tenant_id", "subscription_id") REFERENCES "webhook_subscriptions"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_api_keys" ADD CONSTRAINT "pos_api_keys_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_nonces" ADD CONSTRAINT "pos_nonces_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pos_sales" ADD CONSTRAINT "pos_sales_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consumers" ADD CONSTRAINT "consumers_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: every new table belongs to one tenant.
GRANT SELECT, INSERT, UPDATE ON price_book_versions, price_book_entries, outbox_events,
  webhook_deliveries, pos_sales, consumers TO shelfloop_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_subscriptions, pos_api_keys, pos_nonces TO shelfloop_app;
SELECT app_isolate_tenant_table(t)
  FROM unnest(ARRAY['price_book_versions', 'price_book_entries', 'outbox_events', 'webhook_subscriptions',
                    'webhook_deliveries', 'pos_api_keys', 'pos_nonces', 'pos_sales', 'consumers']::regclass[]) AS t;

ALTER TABLE price_book_entries
  ADD CONSTRAINT price_book_entries_prices CHECK (price_fen >= 0 AND original_price_fen >= 0),
  ADD CONSTRAINT price_book_entries_versions CHECK (removed_version IS NULL OR removed_version > added_version);

-- Public callers (the mini-program storefront, a POS till) arrive without a tenant. These definer
-- functions reveal exactly what resolving the caller needs, nothing more.
CREATE FUNCTION app_storefront_tenant(key text)
  RETURNS TABLE (id uuid, name text, timezone text, price_book_version int)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT id, name, timezone, price_book_version FROM tenants WHERE slug = key OR miniapp_app_id = key $$;
REVOKE ALL ON FUNCTION app_storefront_tenant(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_storefront_tenant(text) TO shelfloop_app;

CREATE FUNCTION app_pos_key(key text)
  RETURNS TABLE (tenant_id uuid, warehouse_id uuid, secret_ciphertext text, revoked_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT tenant_id, warehouse_id, secret_ciphertext, revoked_at FROM pos_api_keys WHERE key_id = key $$;
REVOKE ALL ON FUNCTION app_pos_key(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_pos_key(text) TO shelfloop_app;
