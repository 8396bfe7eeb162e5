import { defineConfig } from "@playwright/test";

// The H5 build (dist/h5, from `pnpm build`) served with /api passed through to the console, which
// runs as a production build (`next start`, from the web app's build) on the database the test run
// prepared (DATABASE_URL, set by scripts/test-all.ts) — as apps/web/playwright.config.ts does.
const consolePort = Number(process.env.E2E_CONSOLE_PORT ?? 3300);
const h5Port = consolePort + 1;

export default defineConfig({
  testDir: "./e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  outputDir: "./test-results",
  use: {
    baseURL: `http://localhost:${h5Port}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    // A phone-sized page, as the mini-program is seen.
    viewport: { width: 390, height: 844 },
    screenshot: "on",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: `pnpm exec tsx scripts/with-database.ts next start --port ${consolePort}`,
      cwd: "../web",
      url: `http://localhost:${consolePort}/sign-in`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(consolePort),
        NEXTAUTH_URL: `http://localhost:${consolePort}`,
        // `next start` is NODE_ENV=production, where the storefront's dev sign-in is off unless asked for.
        SHELFLOOP_STOREFRONT_DEV_LOGIN: "1",
      },
    },
    {
      command: `node scripts/serve-h5.mjs ${h5Port} http://localhost:${consolePort}`,
      url: `http://localhost:${h5Port}/`,
      reuseExistingServer: false,
    },
  ],
});
