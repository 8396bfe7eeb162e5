import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerMessage } from "./server";

export interface EmbeddedPostgresOptions {
  /** PGlite data directory; created on first start, reopened afterwards. */
  dataDir: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  host?: string;
}

export interface EmbeddedPostgres {
  /**
   * postgres:// URL of the server. It accepts ONE connection at a time (PGlite is a single
   * session): use `new pg.Pool({ connectionString: url, max: 1 })` or a single pg.Client.
   */
  url: string;
  /** Closes the data directory cleanly and waits for the server process to exit. */
  stop(): Promise<void>;
}

/** Fails in milliseconds instead of after PGlite's multi-second start-up. */
async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  try {
    probe.listen(port, host);
    await once(probe, "listening");
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
    throw new Error(inUse ? `Embedded Postgres: port ${port} on ${host} is already in use` : String(error));
  } finally {
    await new Promise((closed) => probe.close(closed));
  }
}

function waitUntilReady(child: ChildProcess): Promise<number> {
  return new Promise((resolvePort, reject) => {
    child.once("message", (message: ServerMessage) =>
      message.type === "ready"
        ? resolvePort(message.port)
        : reject(new Error(`Embedded Postgres: ${message.message}`)),
    );
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      reject(new Error(`Embedded Postgres exited during start-up (${signal ?? `code ${code}`})`)),
    );
  });
}

/**
 * Starts PGlite behind a Postgres wire-protocol socket, in a child process (see server.ts for why).
 * The child shuts down cleanly by itself when this process exits, is interrupted or is killed.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const host = options.host ?? "127.0.0.1";
  await assertPortFree(host, options.port);
  // The child is TypeScript; load it through tsx, resolved from this package.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  const child = spawn(
    process.execPath,
    [
      "--import",
      tsx,
      fileURLToPath(new URL("./server.ts", import.meta.url)),
      resolve(options.dataDir),
      host,
      String(options.port),
    ],
    { stdio: ["ignore", "inherit", "inherit", "ipc"] },
  );
  const exited = new Promise((done) => child.once("exit", done));
  try {
    const port = await waitUntilReady(child);
    return {
      url: `postgres://postgres:postgres@${host}:${port}/postgres`,
      async stop() {
        if (child.exitCode !== null || child.signalCode !== null) return;
        if (child.connected) child.send("stop");
        else child.kill("SIGTERM");
        await exited;
      },
    };
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
}
