export { DEMO_TENANT, DEMO_USERS, type SeedOutcome, seedDemoTenant } from "./demo-tenant";
