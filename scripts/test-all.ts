// The one test command (README and CI): typecheck, lint, unit and integration tests, builds, E2E.
//
// Database: with DATABASE_URL (a PostgreSQL admin URL) a fresh database is created for this run
// and dropped after; the app and the tests then connect as a non-superuser login role. Without it,
// a fresh embedded PostgreSQL (PGlite) in a temporary directory is used instead.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../packages/db/src/embedded";
import { prepareDatabase } from "../packages/db/src/setup";
import { createTestDatabase } from "../packages/db/src/testing/database";

const STEPS: { name: string; command: string[] }[] = [
  { name: "typecheck", command: ["turbo", "run", "typecheck"] },
  { name: "lint", command: ["biome", "ci", "--error-on-warnings", "."] },
  { name: "unit+integration", command: ["turbo", "run", "test", "--concurrency=1"] },
  // Tenant isolation over every procedure and route, fuzzing, concurrency (`pnpm test:reliability`).
  { name: "reliability", command: ["pnpm", "--filter", "@shelfloop/api", "test:reliability"] },
  { name: "build", command: ["turbo", "run", "build"] },
  // The mini-program's H5 build (from the build step) against the console on the same database. It runs
  // first: the console's E2E changes tier policies and rules, which ends the demo's promotions it reads.
  { name: "e2e-miniapp", command: ["pnpm", "--filter", "@shelfloop/miniapp", "test:e2e"] },
  { name: "e2e", command: ["pnpm", "--filter", "@shelfloop/web", "test:e2e"] },
];

const only = process.argv.slice(2);
const steps = only.length ? STEPS.filter((step) => only.includes(step.name)) : STEPS;
const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

let cleanup: () => Promise<void>;
let env: NodeJS.ProcessEnv;
if (process.env.DATABASE_URL) {
  const database = await createTestDatabase(process.env.DATABASE_URL);
  console.log(
    `Test database: ${new URL(database.adminUrl).pathname.slice(1)} (app connects as ${database.appRole})`,
  );
  env = { DATABASE_URL: database.appUrl, DATABASE_ADMIN_URL: database.adminUrl };
  cleanup = database.drop;
} else {
  const dataDir = mkdtempSync(path.join(tmpdir(), "shelfloop-test-pglite-"));
  console.log("No DATABASE_URL: testing on a fresh embedded PostgreSQL (PGlite).");
  console.log(
    "PGlite serves one session at a time, so it cannot prove concurrency: the reliability step's concurrency suite runs only with DATABASE_URL (CI sets it).",
  );
  const embedded = await startEmbeddedPostgres({ dataDir, port: 0 });
  // One session at a time: every client keeps one connection and lets it go when idle.
  env = {
    DATABASE_URL: embedded.url,
    DATABASE_ADMIN_URL: embedded.url,
    DATABASE_POOL_MAX: "1",
    DATABASE_POOL_IDLE_MS: "200",
    SHELFLOOP_TEST_EMBEDDED: "1",
  };
  cleanup = async () => {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

// Robot tokens are encrypted at rest; a run-local key unless one is given.
const secretKey = randomBytes(32).toString("base64");
const results: { name: string; ok: boolean; time: string }[] = [];
try {
  await prepareDatabase(env.DATABASE_ADMIN_URL as string, (line) => console.log(line));
  for (const step of steps) {
    const since = Date.now();
    console.log(`\n▶ ${step.name}: ${step.command.join(" ")}`);
    const [command, ...args] = step.command as [string, ...string[]];
    // Asynchronous on purpose: this process's event loop must keep running (the embedded server's
    // single session is released only once our own earlier connections have finished closing).
    const child = spawn(command, args, {
      stdio: "inherit",
      env: { SHELFLOOP_SECRET_KEY: secretKey, ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    const [code] = await once(child, "exit");
    results.push({ name: step.name, ok: code === 0, time: seconds(since) });
    if (code !== 0) break;
  }
} finally {
  await cleanup();
}

console.log("\nStep results:");
for (const result of results)
  console.log(`  ${result.ok ? "✓" : "✗"} ${result.name.padEnd(18)} ${result.time}`);
const failed = results.filter((result) => !result.ok).length + (steps.length - results.length);
console.log(`Total time: ${seconds(started)}`);
console.log(`steps: ${steps.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
