import { defineConfig } from "vitest/config";

// Tests render pages in jsdom through Taro's web (h5) components, so mirror what the h5 build sets up:
// the real `@tarojs/components` only ships mini-program templates, and Taro's runtime reads
// constants that its webpack build would otherwise inline.
export default defineConfig({
  resolve: {
    alias: [{ find: /^@tarojs\/components$/, replacement: "@tarojs/components-react" }],
  },
  define: {
    "process.env.TARO_ENV": JSON.stringify("h5"),
    "process.env.TARO_PLATFORM": JSON.stringify("web"),
    TARO_PLATFORM: JSON.stringify("web"),
    FRAMEWORK: JSON.stringify("react"),
    SUPPORT_TARO_POLYFILL: JSON.stringify("disabled"),
    DEPRECATED_ADAPTER_COMPONENT: "false",
    // Ours (config/index.ts): tests call the API on a made-up origin through a mocked Taro.request.
    API_BASE: JSON.stringify("https://api.test"),
    STOREFRONT_TENANT: JSON.stringify("demo"),
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
  },
});
