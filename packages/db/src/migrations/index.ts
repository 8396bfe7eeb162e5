export { applyMigrations, type MigrationPaths } from "./apply";
export { type CreatedMigration, type CreateMigrationOptions, createMigration } from "./create";
export { defaultMigrationsDir, defaultSchemaPath } from "./files";
export { createScratchDatabase, type ScratchDatabase } from "./scratch";
