import { describePromotionTerms, hasRole, type PromotionTerms, type Role } from "@shelfloop/core";
import type { Database } from "../../client";
import { withTenant } from "../../scope";
import { consoleBaseUrl, type PlannedAlert } from "../alerts/plan";
import { tenantTierNames } from "../promotions/tier-names";
import type { PromotionEvent, PromotionEventPayload } from "./events";

/** Who acts on what: decisions go to managers, live and ended deals to the staff who sell them. */
const AUDIENCES = {
  PROMOTION_APPROVAL: { events: ["AWAITING_APPROVAL", "APPROVED", "REJECTED"], minRole: "MANAGER" },
  PROMOTION_LIVE: { events: ["ACTIVATED", "ENDED"], minRole: "STAFF" },
} as const satisfies Record<string, { events: PromotionEvent[]; minRole: Role }>;
type Audience = keyof typeof AUDIENCES;

const EVENT_NAMES: Record<PromotionEvent, string> = {
  AWAITING_APPROVAL: "待审批",
  APPROVED: "已通过",
  REJECTED: "已驳回",
  ACTIVATED: "已上线",
  ENDED: "已结束",
};
const CHANNEL_NAMES: Record<string, string> = { MINIAPP: "小程序", MALL: "商城", POS: "门店收银" };
const LISTED = 5;

interface Item {
  event: PromotionEvent;
  promotionId: string;
  warehouseId: string;
  line: string;
}

interface HandoffMessage {
  title: string;
  lines: string[];
  /** Console path the message links to. */
  path: string;
}

function messageOf(audience: Audience, items: Item[]): HandoffMessage {
  const counts = AUDIENCES[audience].events
    .map((event) => [event, items.filter((item) => item.event === event).length] as const)
    .filter(([, n]) => n > 0)
    .map(([event, n]) => `${n} 个${EVENT_NAMES[event]}`);
  const shown = items.slice(0, LISTED).map((item) => item.line);
  if (items.length > LISTED) shown.push(`等共 ${items.length} 个促销`);
  if (audience === "PROMOTION_LIVE") shown.push("价签有变化：请到「价签打印」打印变更并撤下已结束的价签");
  const title = `${audience === "PROMOTION_APPROVAL" ? "促销审批" : "促销上线"}：${counts.join("，")}`;
  const path =
    audience === "PROMOTION_APPROVAL" && items.some((item) => item.event === "AWAITING_APPROVAL")
      ? "/promotions?status=PENDING_APPROVAL"
      : audience === "PROMOTION_LIVE"
        ? "/promotions/labels"
        : "/promotions";
  return { title, lines: shown, path };
}

const markdownOf = (message: HandoffMessage, link: string) =>
  [`### ${message.title}`, ...message.lines.map((line) => `- ${line}`), `[在控制台查看](${link})`].join("\n");

/**
 * The hand-off for a batch of promotion events of one tenant: one in-app notification per member who
 * acts on them (managers for decisions, staff and above for going live or ending; only the warehouses
 * they work in), and one robot message per endpoint that asked for that kind (its warehouses only),
 * returned for sending. Each line names the deal, its store, terms and channels.
 */
export async function planPromotionHandoffs(
  db: Database,
  tenantId: string,
  events: readonly PromotionEventPayload[],
  base = consoleBaseUrl(),
): Promise<PlannedAlert[]> {
  return withTenant(db, { tenantId }, async (tx) => {
    const ids = [...new Set(events.map((e) => e.promotionId))];
    const promotions = await tx.promotion.findMany({
      where: { id: { in: ids } },
      include: { batch: { include: { product: true, warehouse: true } } },
    });
    const tierNames = await tenantTierNames(tx);
    const byId = new Map(promotions.map((p) => [p.id, p]));
    const items: Item[] = events.flatMap((e) => {
      const p = byId.get(e.promotionId);
      if (!p) return [];
      const terms = describePromotionTerms(p.terms as unknown as PromotionTerms);
      const channels = p.channels.map((c) => CHANNEL_NAMES[c] ?? c).join("、");
      const deal = `${p.batch.product.name} ${p.batch.lotCode}（${p.batch.warehouse.name}）${terms}`;
      const line =
        e.event === "ACTIVATED"
          ? `${EVENT_NAMES[e.event]} · ${deal} · 渠道 ${channels}`
          : `${EVENT_NAMES[e.event]} · ${deal} · ${tierNames[p.tier] ?? p.tier}`;
      return [{ event: e.event, promotionId: p.id, warehouseId: p.batch.warehouseId, line }];
    });

    const members = await tx.membership.findMany({
      select: { userId: true, role: true, warehouseIds: true },
    });
    const endpoints = await tx.alertEndpoint.findMany({
      where: { status: "ACTIVE" },
      orderBy: { createdAt: "asc" },
    });
    const notifications = [];
    const planned: PlannedAlert[] = [];
    for (const [audience, spec] of Object.entries(AUDIENCES) as [Audience, (typeof AUDIENCES)[Audience]][]) {
      const mine = items.filter((item) => (spec.events as readonly string[]).includes(item.event));
      if (mine.length === 0) continue;
      const scoped = (warehouseIds: string[]) =>
        warehouseIds.length === 0 ? mine : mine.filter((item) => warehouseIds.includes(item.warehouseId));
      for (const member of members) {
        const theirs = scoped(member.warehouseIds);
        if (!hasRole(member.role, spec.minRole) || theirs.length === 0) continue;
        const message = messageOf(audience, theirs);
        notifications.push({
          tenantId,
          userId: member.userId,
          kind: audience === "PROMOTION_APPROVAL" ? "promotion_approval" : "promotion_live",
          title: message.title,
          body: message.lines.join("\n"),
          link: message.path,
        });
      }
      for (const endpoint of endpoints.filter((e) => e.events.includes(audience))) {
        const theirs = scoped(endpoint.warehouseIds);
        if (theirs.length === 0) continue;
        const message = messageOf(audience, theirs);
        const link = `${base}${message.path}`;
        planned.push({
          endpointId: endpoint.id,
          message: {
            title: message.title,
            markdown: markdownOf(message, link),
            link,
            ...(endpoint.mentionMobiles.length > 0 ? { mentionMobiles: endpoint.mentionMobiles } : {}),
            ...(endpoint.mentionAll ? { mentionAll: true } : {}),
          },
        });
      }
    }
    if (notifications.length > 0) await tx.notification.createMany({ data: notifications });
    return planned;
  });
}
