import { randomBytes } from "node:crypto";
import { YOUZAN_BASE_URL } from "@shelfloop/channels";
import type { Tx } from "../../scope";
import { type AuditEntry, recordAudit } from "../audit";
import { BusinessError } from "../errors";
import { toJson } from "../promotions/json";
import { encryptSecret } from "../secrets";
import { readYouzanSettings, type WebhookKind, type YouzanSettings } from "./settings";

export type SubscriptionInput =
  | { kind: "WEBHOOK"; name: string; url: string; events: string[] }
  | {
      kind: "YOUZAN";
      name: string;
      events: string[];
      /** Youzan's open API; tests point it at a local fake. */
      url?: string | undefined;
      clientSecret: string;
      settings: YouzanSettings;
    };

export interface SubscriptionRow {
  id: string;
  name: string;
  url: string;
  kind: WebhookKind;
  events: string[];
  active: boolean;
  createdAt: Date;
  /** Youzan settings without the secret; null for a plain webhook. */
  youzan: YouzanSettings | null;
  pending: number;
  dead: number;
}

function checkedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BusinessError("BAD_REQUEST", "订阅地址不是有效的网址", "url");
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    throw new BusinessError("BAD_REQUEST", "订阅地址必须以 https:// 开头", "url");
  return parsed.toString();
}

/** The products a Youzan SKU mapping names must be the tenant's own (RLS hides other tenants'). */
async function checkMappedProducts(tx: Tx, productIds: string[]) {
  if (productIds.length === 0) return;
  const found = await tx.product.count({ where: { id: { in: productIds } } });
  if (found !== productIds.length)
    throw new BusinessError("BAD_REQUEST", "映射的商品有的不存在", "settings.skus");
}

/**
 * Adds a subscription. A plain webhook gets a new signing secret, returned this once; a Youzan one keeps
 * the merchant's client secret. Both are stored only encrypted.
 */
export async function createSubscription(
  tx: Tx,
  actor: AuditEntry["actor"],
  input: SubscriptionInput,
): Promise<{ id: string; secret: string | null }> {
  if (input.kind === "YOUZAN") await checkMappedProducts(tx, Object.keys(input.settings.skus));
  const generated = `whsec_${randomBytes(24).toString("base64url")}`;
  const row = await tx.webhookSubscription.create({
    data: {
      tenantId: actor.tenantId,
      name: input.name.trim(),
      kind: input.kind,
      events: input.events,
      url: checkedUrl(input.kind === "WEBHOOK" ? input.url : (input.url ?? YOUZAN_BASE_URL)),
      secretCiphertext: encryptSecret(input.kind === "WEBHOOK" ? generated : input.clientSecret),
      settings: input.kind === "YOUZAN" ? toJson(input.settings) : undefined,
    },
    select: { id: true, name: true, kind: true, url: true, events: true, settings: true },
  });
  await recordAudit(tx, {
    actor,
    action: "webhook.created",
    entityType: "WebhookSubscription",
    entityId: row.id,
    after: row,
  });
  return { id: row.id, secret: input.kind === "WEBHOOK" ? generated : null };
}

export async function listSubscriptions(tx: Tx): Promise<SubscriptionRow[]> {
  const [rows, counts] = await Promise.all([
    tx.webhookSubscription.findMany({ orderBy: { createdAt: "asc" } }),
    tx.webhookDelivery.groupBy({
      by: ["subscriptionId", "status"],
      where: { status: { in: ["PENDING", "DEAD"] } },
      _count: true,
    }),
  ]);
  const count = (id: string, status: "PENDING" | "DEAD") =>
    counts.find((c) => c.subscriptionId === id && c.status === status)?._count ?? 0;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    url: row.url,
    kind: row.kind as WebhookKind,
    events: row.events,
    active: row.active,
    createdAt: row.createdAt,
    youzan: row.kind === "YOUZAN" ? readYouzanSettings(row.settings) : null,
    pending: count(row.id, "PENDING"),
    dead: count(row.id, "DEAD"),
  }));
}

/** Applies a change to one subscription and audits it; false when there is no such subscription. */
async function changeSubscription(
  tx: Tx,
  actor: AuditEntry["actor"],
  id: string,
  action: string,
  change: () => Promise<{ count: number }>,
  after?: unknown,
): Promise<boolean> {
  const { count } = await change();
  if (count === 0) return false;
  await recordAudit(tx, { actor, action, entityType: "WebhookSubscription", entityId: id, after });
  return true;
}

/** A paused subscription gets no new deliveries; its queued ones wait until it is resumed. */
export const setSubscriptionActive = (tx: Tx, actor: AuditEntry["actor"], id: string, active: boolean) =>
  changeSubscription(
    tx,
    actor,
    id,
    active ? "webhook.resumed" : "webhook.paused",
    () => tx.webhookSubscription.updateMany({ where: { id }, data: { active } }),
    { active },
  );

export const deleteSubscription = (tx: Tx, actor: AuditEntry["actor"], id: string) =>
  changeSubscription(tx, actor, id, "webhook.deleted", () =>
    tx.webhookSubscription.deleteMany({ where: { id } }),
  );
