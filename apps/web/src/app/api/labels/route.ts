import { readFileSync } from "node:fs";
import path from "node:path";
import { handleLabelPdf } from "@shelfloop/api";
import type { LabelFonts } from "@shelfloop/channels";
import { database } from "@shelfloop/db";
import { getSession } from "~/server/auth";

const FONT_DIR = "node_modules/@expo-google-fonts/noto-sans-sc";
let fonts: LabelFonts | undefined;

/** Noto Sans SC from this app's own node_modules (read at run time, once: a bundler cannot embed it). */
function labelFonts(): LabelFonts {
  fonts ??= {
    regular: readFileSync(path.join(process.cwd(), FONT_DIR, "400Regular/NotoSansSC_400Regular.ttf")),
    bold: readFileSync(path.join(process.cwd(), FONT_DIR, "700Bold/NotoSansSC_700Bold.ttf")),
  };
  return fonts;
}

/**
 * Clearance labels as a PDF (see handleLabelPdf). Each QR code opens `/m/<tenant>/<batch>` on this
 * console's public address: register that prefix under 扫普通链接二维码打开小程序 so WeChat opens the
 * mini-program's item page instead.
 */
export async function GET(request: Request) {
  const session = await getSession();
  const base = process.env.SHELFLOOP_PUBLIC_URL || new URL(request.url).origin;
  return handleLabelPdf(request, session && { userId: session.user.id, tenantId: session.user.tenantId }, {
    db: database(),
    fonts: labelFonts,
    itemUrl: (slug, batchId) => `${base.replace(/\/+$/, "")}/m/${encodeURIComponent(slug)}/${batchId}`,
  });
}
