/**
 * Child process behind startEmbeddedPostgres: owns one PGlite data directory and serves it over the
 * Postgres wire protocol. Usage: server.ts <dataDir> <host> <port>, with an IPC channel to the parent.
 *
 * It runs apart from the parent so PGlite's synchronous wasm work never blocks the parent's event
 * loop, and so the data directory is closed cleanly whenever the parent goes away: on SIGINT/SIGTERM
 * (Ctrl-C reaches the whole process group), on a "stop" message, and when the IPC channel drops
 * because the parent exited or was killed.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireLock } from "./lock";
import { queueConnections } from "./single-session";

export type ServerMessage = { type: "ready"; port: number } | { type: "error"; message: string };

const [dataDir, host, port] = process.argv.slice(2);
if (!dataDir || !host || !port || !process.send)
  throw new Error("usage: server.ts <dataDir> <host> <port> (with IPC)");
const send = (message: ServerMessage) => process.send?.(message);

let shuttingDown: Promise<void> | undefined;
let db: Promise<PGlite> | undefined;
let server: PGLiteSocketServer | undefined;
let releaseLock: (() => Promise<void>) | undefined;

/** Waits for a PGlite that is still initialising (a half-written data dir is the one to avoid), then closes. */
function shutdown(code: number): Promise<void> {
  shuttingDown ??= (async () => {
    // stop() detaches the session at once but then waits for every socket to close; a client that
    // never closes its end must not keep the data directory open.
    await Promise.race([server?.stop(), sleep(1_000)]);
    const opened = await db?.catch(() => undefined);
    if (opened && !opened.closed) await opened.close();
    await releaseLock?.();
    process.exit(code);
  })();
  return shuttingDown;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));
process.on("disconnect", () => void shutdown(0));
process.on("message", (message) => {
  if (message === "stop") void shutdown(0);
});

try {
  releaseLock = await acquireLock(dataDir);
  db = PGlite.create(dataDir);
  // One session at a time (see single-session.ts); the server's own limit only caps waiting sockets.
  server = new PGLiteSocketServer({ db: await db, host, port: Number(port), maxConnections: 64 });
  queueConnections(server);
  await server.start();
  const address = server.getServerConn();
  if (!shuttingDown) send({ type: "ready", port: Number(address.slice(address.lastIndexOf(":") + 1)) });
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  send({
    type: "error",
    message: code === "EADDRINUSE" ? `port ${port} on ${host} is already in use` : message,
  });
  await shutdown(1);
}
