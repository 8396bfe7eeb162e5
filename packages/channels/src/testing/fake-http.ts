import { createServer, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { parseJsonObject } from "../http/request";

/** Make every request fail: an HTTP status (e.g. 502 from a gateway), or never answer at all. */
export type Fault = { status: number; body?: string } | "hang";

export interface FakeRequest {
  method: string;
  url: URL;
  /** Node lower-cases the names. */
  headers: IncomingHttpHeaders;
  /** Raw body; byte limits are checked on this, as the platforms do. */
  body: Buffer;
}

export interface FakeReply {
  status: number;
  json: unknown;
}

export interface FakeHttp {
  url: string;
  setFault(fault: Fault | null): void;
  close(): Promise<void>;
}

/** What a fake platform exposes to tests: the server, what it accepted, and every answer given. */
export interface FakeServer<Received, Answer> extends FakeHttp {
  /** What the platform accepted (messages a group would have seen, logins, deliveries…), in order. */
  received: Received[];
  /** Every answer given, in order (successes included), for asserting on rejections. */
  answers: Answer[];
  reset(): void;
}

/** A node:http server on 127.0.0.1 (a random port unless one is given), answering with `handle` unless a fault is set. */
export async function startFakeHttp(
  handle: (request: FakeRequest) => FakeReply,
  port = 0,
): Promise<FakeHttp> {
  let fault: Fault | null = null;
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    if (fault === "hang") return; // keep the socket open; close() destroys it
    if (fault) {
      res
        .writeHead(fault.status, { "content-type": "text/html" })
        .end(fault.body ?? "<html>Bad Gateway</html>");
      return;
    }
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let reply: FakeReply;
    try {
      reply = handle({ method: req.method ?? "GET", url, headers: req.headers, body });
    } catch (error) {
      reply = { status: 500, json: { message: String(error) } };
    }
    res
      .writeHead(reply.status, { "content-type": "application/json; charset=utf-8" })
      .end(JSON.stringify(reply.json));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    setFault(next) {
      fault = next;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Hung and keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      });
    },
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export const parseJson = (body: Buffer) => parseJsonObject(body.toString("utf8"));

/** Both platforms answer 200 with errcode/errmsg, success included. */
export const platformReply = (errcode: number, errmsg: string): FakeReply => ({
  status: 200,
  json: { errcode, errmsg },
});

export const notFound: FakeReply = { status: 404, json: { message: "not found" } };

/** Messages accepted per robot in a sliding minute, as both platforms limit (20 per minute). */
export class RateWindow {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly now: () => number,
  ) {}

  full(robot: string): boolean {
    const since = this.now() - 60_000;
    const recent = (this.sent.get(robot) ?? []).filter((t) => t > since);
    this.sent.set(robot, recent);
    return recent.length >= this.limit;
  }

  record(robot: string): void {
    this.sent.set(robot, [...(this.sent.get(robot) ?? []), this.now()]);
  }

  clear(): void {
    this.sent.clear();
  }
}
