import { defineConfig } from "vitest/config";

export default defineConfig({
  // Migrations replay into real databases and PGlite takes seconds to start on small machines.
  test: { testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false },
});
