export { authenticate, type SignedInMember } from "./auth/authenticate";
export { hashPassword, verifyPassword } from "./auth/password";
export { batchFilterOptions } from "./batches/filter-options";
export { getBatch } from "./batches/get-batch";
export { type BatchListQuery, listBatches } from "./batches/list-batches";
export { productLabels, searchProducts } from "./catalog/search-products";
export { type BandTotals, stockByBand } from "./dashboard/stock-by-band";
export { loadTenantContext, type TenantContext } from "./tenant-context";
export * from "./tiering";
