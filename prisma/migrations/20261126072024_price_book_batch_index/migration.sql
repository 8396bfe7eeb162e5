-- CreateIndex
CREATE INDEX "price_book_entries_tenant_id_batch_id_idx" ON "price_book_entries"("tenant_id", "batch_id");
