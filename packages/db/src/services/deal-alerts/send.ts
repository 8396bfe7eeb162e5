import { calendarDateOf, daysBetween, todayIn } from "@shelfloop/core";
import type { Database } from "../../client";
import { withTenant } from "../../scope";
import { STOREFRONT_CHANNEL } from "../storefront/items";
import { type DealAlertTemplate, dealAlertTemplateOf } from "./template";

/** What the job hands WeChat for one alert (field values are fitted to WeChat's limits by the channel). */
export interface DealAlertMessage {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, string>;
}

export type DealAlertSendResult = { ok: true } | { ok: false; retryable: boolean; message: string };

export interface DealAlertOutcome {
  sent: number;
  failed: number;
  /** Left PENDING after a retryable failure: the caller retries, and only these go out again. */
  retry: number;
  /** The first retryable failure's message, for the retry's error. */
  retryMessage?: string;
}

interface NewDeal {
  productId: string;
  batchId: string;
  productName: string;
  priceFen: number;
  badge: string;
  expiryDate: Date;
}

interface Candidate {
  id: string;
  consumerId: string;
  openid: string;
  productId: string | null;
}

/** "¥12.50": WeChat's amount keyword wants a symbol and digits, no thousands separators. */
const amountText = (fen: number) => `¥${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;

const dateText = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

function messageFor(
  template: DealAlertTemplate,
  deal: NewDeal,
  openid: string,
  today: string,
): DealAlertMessage {
  const expiry = calendarDateOf(deal.expiryDate);
  const data: Record<string, string> = {
    [template.fields.product]: deal.productName,
    [template.fields.price]: amountText(deal.priceFen),
    [template.fields.expiry]: dateText(expiry),
  };
  if (template.fields.note) {
    data[template.fields.note] = `${deal.badge || "临期特惠"} 还剩${daysBetween(today, expiry)}天`;
  }
  return {
    touser: openid,
    templateId: template.templateId,
    page: `pages/item/index?id=${deal.batchId}`,
    data,
  };
}

/**
 * The 到货/降价提醒 for one published price-book version: every product that went on clearance in the
 * mini-program at `version` uses up one waiting alert per consumer who asked for that product, and a
 * consumer waiting for "any deal" gets one message for the version (its cheapest new deal). An alert is
 * marked SENT or FAILED after WeChat answers; a retryable failure leaves it PENDING for the caller's retry,
 * and a consumer already told about this version is never told twice (at-least-once only if the process
 * dies between WeChat's answer and the mark).
 */
export async function sendDealAlerts(
  db: Database,
  tenantId: string,
  version: number,
  send: (message: DealAlertMessage) => Promise<DealAlertSendResult>,
  now: Date = new Date(),
): Promise<DealAlertOutcome> {
  const plan = await withTenant(db, { tenantId }, async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      select: { timezone: true, miniappDealAlert: true },
    });
    const template = dealAlertTemplateOf(tenant.miniappDealAlert);
    if (!template) return null;
    // Cheapest new entry per product (the one worth announcing).
    const deals = await tx.$queryRaw<NewDeal[]>`
      SELECT DISTINCT ON (e.product_id) e.product_id::text AS "productId", e.batch_id::text AS "batchId",
             p.name AS "productName", e.price_fen AS "priceFen", e.badge, b.expiry_date AS "expiryDate"
        FROM price_book_entries e
        JOIN products p ON p.id = e.product_id
        JOIN batches b ON b.id = e.batch_id
       WHERE e.channel = ${STOREFRONT_CHANNEL} AND e.added_version = ${version} AND e.removed_version IS NULL
       ORDER BY e.product_id, e.price_fen, b.expiry_date`;
    if (deals.length === 0) return null;
    const productIds = deals.map((deal) => deal.productId);
    const candidates = await tx.$queryRaw<Candidate[]>`
      SELECT a.id::text AS id, a.consumer_id::text AS "consumerId", c.openid, a.product_id::text AS "productId"
        FROM deal_alerts a JOIN consumers c ON c.id = a.consumer_id
       WHERE a.status = 'PENDING' AND a.template_id = ${template.templateId}
         AND (a.product_id IS NULL OR a.product_id::text = ANY(${productIds}))
       ORDER BY a.product_id IS NULL, a.created_at, a.id`;
    const told = await tx.dealAlert.findMany({
      where: { sentVersion: version, status: "SENT" },
      select: { consumerId: true, productId: true },
    });
    return { template, deals, candidates, told, today: todayIn(tenant.timezone, now) };
  });
  const outcome: DealAlertOutcome = { sent: 0, failed: 0, retry: 0 };
  if (!plan) return outcome;

  const dealOf = new Map(plan.deals.map((deal) => [deal.productId, deal]));
  const cheapest = plan.deals.reduce((best, deal) => (deal.priceFen < best.priceFen ? deal : best));
  // One message per consumer and product for this version; an "any deal" alert (last in the list) only
  // for a consumer not told of anything in it.
  const taken = new Set(plan.told.map((t) => `${t.consumerId}:${t.productId ?? ""}`));
  const toldConsumers = new Set(plan.told.map((t) => t.consumerId));
  for (const alert of plan.candidates) {
    const key = `${alert.consumerId}:${alert.productId ?? ""}`;
    if (taken.has(key) || (alert.productId === null && toldConsumers.has(alert.consumerId))) continue;
    taken.add(key);
    toldConsumers.add(alert.consumerId);
    const deal = alert.productId ? dealOf.get(alert.productId) : cheapest;
    if (!deal) continue;
    const result = await send(messageFor(plan.template, deal, alert.openid, plan.today));
    if (!result.ok && result.retryable) {
      outcome.retry++;
      outcome.retryMessage ??= result.message;
      continue;
    }
    await withTenant(db, { tenantId }, (tx) =>
      tx.dealAlert.updateMany({
        where: { id: alert.id, status: "PENDING" },
        data: {
          status: result.ok ? "SENT" : "FAILED",
          sentVersion: version,
          batchId: deal.batchId,
          error: result.ok ? null : result.message,
          settledAt: now,
        },
      }),
    );
    if (result.ok) outcome.sent++;
    else outcome.failed++;
  }
  return outcome;
}
