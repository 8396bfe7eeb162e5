import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests only: the Playwright specs in e2e/ also end in .ts and must not run here.
export default defineConfig({
  // The `~/` imports of tsconfig.json's paths.
  resolve: { alias: { "~": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: { include: ["src/**/*.test.ts"] },
});
