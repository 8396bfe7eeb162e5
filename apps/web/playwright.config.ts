import { defineConfig } from "@playwright/test";

// The console under test is a production build (`next start`) on the database the test run
// prepared (DATABASE_URL, set by scripts/test-all.ts). Debian's Chromium: no browser download.
const port = Number(process.env.E2E_PORT ?? 3100);
// A local fake DingTalk robot API (see e2e/fake-robots.ts) that the console sends alerts to.
const fakeDingTalkPort = port + 91;

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  outputDir: "./test-results",
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
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
      command: `pnpm exec tsx e2e/fake-robots.ts ${fakeDingTalkPort}`,
      port: fakeDingTalkPort,
      reuseExistingServer: false,
    },
    {
      command: `pnpm exec tsx scripts/with-database.ts next start --port ${port}`,
      url: `http://localhost:${port}/sign-in`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(port),
        NEXTAUTH_URL: `http://localhost:${port}`,
        SHELFLOOP_DINGTALK_BASE_URL: `http://127.0.0.1:${fakeDingTalkPort}`,
      },
    },
  ],
});
