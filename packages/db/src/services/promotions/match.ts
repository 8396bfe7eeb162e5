import { randomUUID } from "node:crypto";
import { type CalendarDate, firstMatchingRule, reservationFor, todayIn } from "@shelfloop/core";
import type { Database } from "../../client";
import { Prisma, type Promotion } from "../../generated/prisma/client";
import { type Tx, withTenant } from "../../scope";
import { type LockedBatch, lockBatches } from "../stock/locks";
import { bestSellerFinder, type FindBestSeller } from "./best-seller";
import { createPromotion } from "./create";
import { type Deal, type DealProduct, dealFor } from "./deal";
import { parseRule, type StoredRule } from "./rule-rows";
import { OPEN_STATUSES } from "./status";
import { tenantTierNames } from "./tier-names";
import { type Transition, transition } from "./transition";

/** An approved promotion's window, for its lifecycle (activation and end). */
export interface PromotionTiming {
  promotionId: string;
  startsAt: Date;
  endsAt: Date;
}

export interface MatchOutcome {
  created: number;
  /** Open promotions of batches that changed tier, superseded or ended. */
  closed: number;
  /** Promotions approved automatically, whose lifecycle is to be scheduled. */
  approved: PromotionTiming[];
  /** Batches a rule matched that got no promotion, with the reason. */
  skipped: { batchId: string; reason: string }[];
}

interface MatchContext {
  tenant: { tenantId: string; timezone: string };
  now: Date;
  today: CalendarDate;
  /** Enabled rules only. */
  rules: StoredRule[];
  tierNames: Record<string, string>;
  findBestSeller: FindBestSeller;
}

type Plan =
  | { ok: true; rule: StoredRule; deal: Extract<Deal, { ok: true }>; reserveQty: number }
  | { ok: false; reason: string | null };

const NO_PLAN: Plan = { ok: false, reason: null };

function loadContext(db: Database, tenantId: string, now: Date): Promise<MatchContext> {
  return withTenant(db, { tenantId }, async (tx) => {
    const { timezone } = await tx.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      select: { timezone: true },
    });
    const rules = await tx.promotionRule.findMany({ where: { enabled: true } });
    return {
      tenant: { tenantId, timezone },
      now,
      today: todayIn(timezone, now),
      rules: rules.map(parseRule),
      tierNames: await tenantTierNames(tx),
      findBestSeller: bestSellerFinder(now),
    };
  });
}

/**
 * The promotion the first matching enabled rule makes for a batch that can be sold (active, on hand,
 * not expired), counting as free the units `batch.qtyReserved` leaves; no plan when no rule matches.
 */
async function planFor(
  tx: Tx,
  context: MatchContext,
  batch: LockedBatch & { tier: string },
  product: DealProduct & { category: string },
): Promise<Plan> {
  const sellable = batch.status === "ACTIVE" && batch.qtyOnHand > 0 && batch.expiryDate >= context.today;
  if (!sellable) return NO_PLAN;
  const rule = firstMatchingRule(context.rules, {
    tier: batch.tier,
    productId: product.id,
    category: product.category,
    warehouseId: batch.warehouseId,
    qtyAvailable: batch.qtyOnHand - batch.qtyReserved,
  });
  if (!rule) return NO_PLAN;
  const reserveQty = reservationFor(rule.template.reserveSharePercent, batch.qtyOnHand, batch.qtyReserved);
  if (reserveQty === 0) return { ok: false, reason: `规则「${rule.name}」：没有可锁定的库存` };
  const deal = await dealFor(tx, context.findBestSeller, rule.template, product, {
    id: batch.id,
    today: context.today,
  });
  if (!deal.ok) return { ok: false, reason: `规则「${rule.name}」：${deal.reason}` };
  return { ok: true, rule, deal, reserveQty };
}

/** How an open promotion made for another tier closes: replaced by the new tier's, or just ended. */
function closing(
  context: MatchContext,
  open: Promotion,
  tier: string,
  replacementId: string | null,
): Transition {
  const name = (key: string) => context.tierNames[key] ?? key;
  const moved = `批次由「${name(open.tier)}」变为「${name(tier)}」`;
  return replacementId
    ? {
        to: "SUPERSEDED",
        action: "promotion.superseded",
        actorId: null,
        data: { supersededById: replacementId, endedReason: `${moved}，由新的促销单替代` },
      }
    : { to: "ENDED", action: "promotion.ended", actorId: null, data: { endedReason: moved } };
}

/**
 * Whether the batch already had a promotion for its tier since it entered it, since closed (rejected,
 * sold out, cancelled): one tier change makes one promotion, so a late or redelivered event does not
 * bring back what a manager turned down.
 */
async function promotedSinceChange(
  tx: Tx,
  batchId: string,
  batch: { tier: string; tierChangedAt: Date | null },
) {
  const earlier = await tx.promotion.findFirst({
    where: { batchId, tier: batch.tier, createdAt: { gte: batch.tierChangedAt ?? new Date(0) } },
    select: { id: true },
  });
  return earlier !== null;
}

interface BatchMatch {
  created: Promotion | null;
  closed: Promotion | null;
  skipped: string | null;
}

/**
 * Brings one batch's promotion in line with the tier it is stored in, under the batch's lock: an open
 * promotion made for that tier means nothing to do (so a redelivered event changes nothing); one made
 * for another tier is superseded or ended, its unsold units released; then the first matching rule
 * makes the new promotion.
 */
async function matchBatch(tx: Tx, context: MatchContext, batchId: string): Promise<BatchMatch> {
  const unchanged: BatchMatch = { created: null, closed: null, skipped: null };
  const [locked] = await lockBatches(tx, Prisma.sql`b.id = ${batchId}::uuid`);
  if (!locked) return unchanged;
  const [batch, open] = await Promise.all([
    tx.batch.findUniqueOrThrow({
      where: { id: batchId },
      select: {
        tier: true,
        tierChangedAt: true,
        product: { select: { id: true, category: true, listPriceFen: true, costFen: true } },
      },
    }),
    tx.promotion.findFirst({ where: { batchId, status: { in: [...OPEN_STATUSES] } } }),
  ]);
  if (open?.tier === batch.tier) return unchanged;
  if (!open && (await promotedSinceChange(tx, batchId, batch))) return unchanged;

  // Matching counts the open promotion's unsold units as free again: closing it releases them.
  const qtyReserved = open
    ? Math.max(0, locked.qtyReserved - (open.reservedQty - open.soldQty))
    : locked.qtyReserved;
  const plan = await planFor(tx, context, { ...locked, qtyReserved, tier: batch.tier }, batch.product);
  const id = randomUUID();
  const closed =
    open && (await transition(tx, open, closing(context, open, batch.tier, plan.ok ? id : null)));
  if (!plan.ok) return { created: null, closed, skipped: plan.reason };
  const created = await createPromotion(tx, {
    id,
    tenant: context.tenant,
    batchId,
    tier: batch.tier,
    rule: plan.rule,
    terms: plan.deal.terms,
    margin: plan.deal.margin,
    reserveQty: plan.reserveQty,
    now: context.now,
  });
  return { created, closed, skipped: null };
}

/** The partial unique index on open promotions refused a second one: the batch is already promoted. */
const alreadyPromoted = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError &&
  error.code === "P2002" &&
  JSON.stringify(error.meta ?? {}).includes("promotions_one_open_per_batch");

/**
 * Matches batches whose tier changed against the tenant's rules (see matchBatch), each in its own
 * transaction, so one batch's refusal never undoes another's promotion. Safe to repeat: a batch whose
 * open promotion fits its tier is left alone, and a concurrent run that promoted it first wins.
 */
export async function matchBatches(
  db: Database,
  tenantId: string,
  batchIds: readonly string[],
  now: Date,
): Promise<MatchOutcome> {
  const outcome: MatchOutcome = { created: 0, closed: 0, approved: [], skipped: [] };
  const unique = [...new Set(batchIds)];
  if (unique.length === 0) return outcome;
  const context = await loadContext(db, tenantId, now);
  for (const batchId of unique) {
    const match = await withTenant(db, { tenantId }, (tx) => matchBatch(tx, context, batchId)).catch(
      (error: unknown) => {
        if (alreadyPromoted(error)) return { created: null, closed: null, skipped: null };
        throw error;
      },
    );
    if (match.closed) outcome.closed++;
    if (match.skipped) outcome.skipped.push({ batchId, reason: match.skipped });
    if (!match.created) continue;
    outcome.created++;
    const { id, status, startsAt, endsAt } = match.created;
    if (status !== "PENDING_APPROVAL") outcome.approved.push({ promotionId: id, startsAt, endsAt });
  }
  return outcome;
}
