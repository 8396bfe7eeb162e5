import { defineConfig } from "vitest/config";

// The reliability suites (tenant isolation, fuzzing, concurrency) run on their own: `pnpm test:reliability`.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    exclude: ["**/node_modules/**", "test/reliability/**"],
  },
});
