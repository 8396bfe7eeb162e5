// Fails the build when the WeChat main package would be rejected on upload.
// WeChat caps each package at 2 MB; we warn at 500 KB so growth is noticed long before that.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../dist/weapp/", import.meta.url));
const LIMIT = 2 * 1024 * 1024;
const WARN = 500 * 1024;
// DevTools project files and source maps are not part of the uploaded code package.
const NOT_UPLOADED = /(^|\/)project(\.private)?\.config\.json$|\.map$/;

const appJson = JSON.parse(readFileSync(join(ROOT, "app.json"), "utf8"));
// Subpackages are capped separately, so their folders do not count towards the main package.
const subpackageRoots = (appJson.subPackages ?? appJson.subpackages ?? []).map(
  (pkg) => `${pkg.root.replace(/\/+$/, "")}/`,
);

let total = 0;
for (const entry of readdirSync(ROOT, { recursive: true })) {
  const path = entry.split(sep).join("/");
  if (NOT_UPLOADED.test(path) || subpackageRoots.some((root) => path.startsWith(root))) continue;
  const stat = statSync(join(ROOT, entry));
  if (stat.isFile()) total += stat.size;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`weapp main package: ${kb(total)} (limit ${kb(LIMIT)})`);
if (total > LIMIT) {
  console.error("Error: over WeChat's 2 MB main package limit; move pages into subpackages.");
  process.exit(1);
}
if (total > WARN) console.warn(`Warning: main package is above ${kb(WARN)}.`);
