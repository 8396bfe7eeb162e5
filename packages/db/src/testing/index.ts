export { createTestDatabase, TEST_LOGIN_ROLE, type TestDatabase } from "./database";
export { createTenantFixture, type TenantFixture } from "./fixtures";
