import { type LabelFonts, type LabelLayout, renderClearanceLabels } from "@shelfloop/channels";
import { hasRole, todayIn } from "@shelfloop/core";
import { type Database, labelSheet, loadTenantContext, recordLabelPrint, withTenant } from "@shelfloop/db";
import { z } from "zod";

export interface LabelPdfDeps {
  db: Database;
  fonts: () => LabelFonts;
  /** The link a label's QR code opens for a batch of the tenant (`slug`). */
  itemUrl: (slug: string, batchId: string) => string;
}

const labelQuery = z.object({
  warehouse: z.uuid("请选择门店"),
  layout: z.enum(["a4-sheet", "single"]).default("a4-sheet"),
  scope: z.enum(["ALL", "CHANGED"]).default("ALL"),
});

const problem = (status: number, message: string) =>
  Response.json({ error: { message } }, { status, headers: { "cache-control": "no-store" } });

/**
 * `GET /api/labels?warehouse=&layout=a4-sheet|single&scope=ALL|CHANGED`: one store's clearance labels as
 * a PDF (staff and above), from the current price book; CHANGED gives only those published since the
 * store's last print. Printing is recorded, so the next CHANGED set starts from here.
 */
export async function handleLabelPdf(
  request: Request,
  session: { userId: string; tenantId: string } | null,
  deps: LabelPdfDeps,
): Promise<Response> {
  if (!session) return problem(401, "请先登录");
  const parsed = labelQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return problem(400, parsed.error.issues[0]?.message ?? "参数有误");
  const query = parsed.data;
  const outcome = await withTenant(deps.db, session, async (tx) => {
    const member = await loadTenantContext(tx, session.tenantId, session.userId);
    if (!member) return problem(403, "您已不是该商户的成员");
    if (!hasRole(member.role, "STAFF")) return problem(403, "您的角色无权打印价签");
    const { slug } = await tx.tenant.findUniqueOrThrow({
      where: { id: session.tenantId },
      select: { slug: true },
    });
    const store = await tx.warehouse.findUnique({ where: { id: query.warehouse }, select: { id: true } });
    if (!store) return problem(404, "门店不存在");
    const sheet = await labelSheet(tx, {
      warehouseId: store.id,
      scope: query.scope,
      itemUrl: (batchId) => deps.itemUrl(slug, batchId),
    });
    if (sheet.labels.length === 0) {
      return problem(
        409,
        query.scope === "CHANGED" ? "自上次打印后没有价格变化的价签" : "该门店当前没有临期特惠价签",
      );
    }
    const pdf = await renderClearanceLabels(sheet.labels, query.layout as LabelLayout, deps.fonts());
    await recordLabelPrint(tx, member, {
      warehouseId: store.id,
      version: sheet.version,
      layout: query.layout,
      labels: sheet.labels.length,
      scope: query.scope,
    });
    const name = `临期价签-${sheet.storeName}-${todayIn(member.timezone)}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="labels.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "cache-control": "no-store",
      },
    });
  });
  return outcome;
}
