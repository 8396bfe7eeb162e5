import type { Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** How long a new connection may wait for the current one to close (pool reconnects, short overlaps). */
const WAIT_MS = 5_000;

/** A FATAL ErrorResponse (SQLSTATE 53300 too_many_connections) that any Postgres client can report. */
function errorResponse(message: string): Buffer {
  const fields = ["SFATAL", "VFATAL", "C53300", `M${message}`].map((field) => `${field}\0`).join("");
  const body = Buffer.from(`${fields}\0`);
  const head = Buffer.alloc(5);
  head.write("E");
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

/**
 * Lets exactly one connection talk to PGlite at a time. PGlite is a single session, and the socket
 * server interleaves the protocol messages of concurrent connections, so a second client could bind
 * the first one's statements or land inside its transaction. The server's own maxConnections: 1 is
 * not usable: net.Server resets a connection that arrives while the previous socket is still closing
 * (every disconnect-then-reconnect) and the server answers with bytes no client can parse.
 * Instead new connections queue until the session is free, and get a proper Postgres error if it
 * stays busy. This wraps the server's (TypeScript-private) per-connection hook of pglite-socket 0.2.17.
 */
export function queueConnections(server: PGLiteSocketServer): void {
  const internals = server as unknown as { handleConnection(socket: Socket): Promise<void> };
  const attach = internals.handleConnection.bind(server);
  let queue = Promise.resolve();
  internals.handleConnection = (socket) => {
    queue = queue.then(async () => {
      const deadline = Date.now() + WAIT_MS;
      while (server.getStats().activeConnections > 0 && Date.now() < deadline) await sleep(10);
      if (socket.destroyed) return;
      if (server.getStats().activeConnections === 0) return attach(socket);
      const message = "embedded Postgres (PGlite) serves one connection at a time; use max: 1";
      socket.end(errorResponse(message), () => socket.destroy());
    });
    return queue;
  };
}
