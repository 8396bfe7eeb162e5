export { retierTenantById, tenantsForJobs } from "./for-jobs";
export { loadTierPolicies, policyForProduct, type TenantTierPolicies } from "./policies";
export { type PolicyScope, previewTierCounts } from "./preview";
export { retierTenant, type TierChange } from "./retier-tenant";
export { deleteTierPolicy, saveTierPolicy } from "./save-policy";
