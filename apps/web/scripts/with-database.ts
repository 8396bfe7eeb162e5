// Runs a console command (next dev / next start) with a ready database:
// - DATABASE_URL set: that PostgreSQL, migrated and seeded with the demo tenant when missing
//   (through DATABASE_ADMIN_URL when the app's own login may not change the schema);
// - DATABASE_URL unset: the embedded PostgreSQL (PGlite) with its data under <repo>/.data/.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "@shelfloop/db/embedded";
import { prepareDatabase } from "@shelfloop/db/setup";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const dataDir = path.join(repoRoot, ".data");
const [command, ...args] = process.argv.slice(2);
if (!command) throw new Error("usage: with-database <command> [args…]");

mkdirSync(dataDir, { recursive: true });
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

let stopEmbedded: (() => Promise<void>) | undefined;
if (!env.DATABASE_URL) {
  const port = Number(env.SHELFLOOP_EMBEDDED_PG_PORT ?? 54329);
  console.log(
    `No DATABASE_URL: starting embedded PostgreSQL (PGlite) on 127.0.0.1:${port}, data in .data/pglite`,
  );
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite"), port });
  stopEmbedded = embedded.stop;
  // PGlite serves one session at a time.
  Object.assign(env, { DATABASE_URL: embedded.url, DATABASE_POOL_MAX: "1", DATABASE_POOL_IDLE_MS: "1000" });
}
await prepareDatabase(env.DATABASE_ADMIN_URL ?? (env.DATABASE_URL as string), (line) => console.log(line));

// Generated secrets are kept with the local data: sessions must survive restarts, and stored robot
// tokens must stay readable. Production sets both in the environment.
function localSecret(name: string, encoding: "base64url" | "base64") {
  const file = path.join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString(encoding), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}
env.NEXTAUTH_SECRET ??= localSecret("auth-secret", "base64url");
env.SHELFLOOP_SECRET_KEY ??= localSecret("secret-key", "base64");
env.NEXTAUTH_URL ??= `http://localhost:${env.PORT ?? 3000}`;

const child = spawn(command, args, { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", async (code, signal) => {
  await stopEmbedded?.();
  process.exit(code ?? (signal ? 1 : 0));
});
