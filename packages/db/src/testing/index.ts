export { createTestDatabase, TEST_LOGIN_ROLE, type TestDatabase } from "./database";
export { createMemberFixture, createTenantFixture, type TenantFixture } from "./fixtures";
export { createPromotionFixture, type PromotionFixtureInput } from "./promotion";
