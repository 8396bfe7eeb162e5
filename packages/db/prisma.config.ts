import { defineConfig } from "prisma/config";

// DATABASE_URL is optional here: `prisma generate` must work without a database.
export default defineConfig({
  schema: "../../prisma/schema.prisma",
  migrations: { path: "../../prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
