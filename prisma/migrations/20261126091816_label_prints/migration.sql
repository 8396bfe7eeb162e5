-- CreateTable
CREATE TABLE "label_prints" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "warehouse_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "layout" TEXT NOT NULL,
    "labels" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,
    "printed_by_id" UUID,
    "printed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "label_prints_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "label_prints_tenant_id_warehouse_id_printed_at_idx" ON "label_prints"("tenant_id", "warehouse_id", "printed_at");

-- AddForeignKey
ALTER TABLE "label_prints" ADD CONSTRAINT "label_prints_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: a print belongs to one tenant.
GRANT SELECT, INSERT ON label_prints TO shelfloop_app;
SELECT app_isolate_tenant_table('label_prints'::regclass);
