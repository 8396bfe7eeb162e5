// Serves the H5 build (dist/h5) and passes /api/* through to the console, so the page and the API
// share one origin (the storefront API answers no CORS preflight). For E2E and local previews:
//   node scripts/serve-h5.mjs <port> <console origin, e.g. http://localhost:3000>
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, request } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../dist/h5/", import.meta.url));
const port = Number(process.argv[2] ?? 10086);
const upstream = new URL(process.argv[3] ?? "http://localhost:3000");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

if (!existsSync(join(ROOT, "index.html"))) {
  console.error(`No H5 build in ${ROOT}: run \`pnpm build:h5\` first.`);
  process.exit(1);
}

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname.startsWith("/api/")) {
    const proxied = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    proxied.on("error", () => {
      res.writeHead(502, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ error: { message: "无法连接到服务器" } }));
    });
    req.pipe(proxied);
    return;
  }
  // Hash routing: every other path is a file of the build, or the app's page.
  const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
  const file =
    path.startsWith(ROOT) && existsSync(path) && statSync(path).isFile() ? path : join(ROOT, "index.html");
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(res);
}).listen(port, () => console.log(`H5 on http://localhost:${port}, /api → ${upstream.origin}`));
