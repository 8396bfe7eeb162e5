import { defineConfig } from "vitest/config";

/**
 * `pnpm test:reliability`: cross-tenant isolation over every procedure and route, fuzzing of every
 * input, and concurrency on real PostgreSQL. The embedded PGlite serves one session at a time, so it
 * cannot prove concurrency: there the concurrency file is left out (scripts/test-all.ts says so).
 */
export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    include: ["test/reliability/**/*.test.ts"],
    exclude: process.env.SHELFLOOP_TEST_EMBEDDED === "1" ? ["test/reliability/concurrency.test.ts"] : [],
  },
});
