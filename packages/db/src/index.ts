export { createDatabase, type Database, database } from "./client";
export type { Batch, Membership, Product, Tenant, User, Warehouse } from "./generated/prisma/client";
export { Prisma } from "./generated/prisma/client";
export { BatchStatus, MovementType, PromotionStatus, Role } from "./generated/prisma/enums";
export { APP_ROLE, applyScope, type Scope, type Tx, withScope, withTenant } from "./scope";
export * from "./services";
