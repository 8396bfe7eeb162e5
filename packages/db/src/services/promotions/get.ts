import { type CouponTerms, calendarDateOf, remainingDays, todayIn } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { BusinessError } from "../errors";
import { marginOf } from "./deal";
import { PROMOTION_INCLUDE, partnerIdOf, partnersOf, promotionRow } from "./rows";
import { tenantTierNames } from "./tier-names";

/** The coupons of a promotion: counts, their common terms and a few codes to show. */
async function couponSummary(tx: Tx, promotionId: string, window: { from: string; to: string }) {
  const [total, claimed, redeemed, sample] = await Promise.all([
    tx.coupon.count({ where: { promotionId } }),
    tx.coupon.count({ where: { promotionId, claimedAt: { not: null } } }),
    tx.coupon.count({ where: { promotionId, redeemedAt: { not: null } } }),
    tx.coupon.findMany({ where: { promotionId }, orderBy: { code: "asc" }, take: 5 }),
  ]);
  const [first] = sample;
  return {
    total,
    claimed,
    redeemed,
    terms: first ? (first.terms as unknown as CouponTerms) : null,
    minSpendFen: first?.minSpendFen ?? 0,
    validFrom: first ? calendarDateOf(first.validFrom) : window.from,
    validTo: first ? calendarDateOf(first.validTo) : window.to,
    sample: sample.map((coupon) => coupon.code),
  };
}

/**
 * A promotion's audit trail, oldest first, with actor names (users are visible to their tenants'
 * members only; a former member shows as null). Entries written in one transaction share its
 * timestamp, so the creation is put first among equals.
 */
async function auditTrail(tx: Tx, promotionId: string) {
  const entries = await tx.auditLog.findMany({
    where: { entityType: "Promotion", entityId: promotionId },
    orderBy: { createdAt: "asc" },
  });
  const first = (action: string) => (action === "promotion.created" ? 0 : 1);
  entries.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || first(a.action) - first(b.action));
  return entries;
}

async function userNames(tx: Tx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const users = await tx.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  const names = new Map(users.map((user) => [user.id, user.name]));
  return (id: string | null) => (id ? (names.get(id) ?? null) : null);
}

/** One promotion with everything the console's detail page shows; NOT_FOUND when it is not the tenant's. */
export async function getPromotion(tx: Tx, id: string, timezone: string, now: Date) {
  const promotion = await tx.promotion.findUnique({ where: { id }, include: PROMOTION_INCLUDE });
  if (!promotion) throw new BusinessError("NOT_FOUND", "该促销单不存在");
  const today = todayIn(timezone, now);
  const [tierNames, partners, coupons, audit] = await Promise.all([
    tenantTierNames(tx),
    partnersOf(tx, [promotion]),
    couponSummary(tx, id, {
      from: todayIn(timezone, promotion.startsAt),
      to: todayIn(timezone, promotion.endsAt),
    }),
    auditTrail(tx, id),
  ]);
  const nameOf = await userNames(tx, [promotion.decidedById, ...audit.map((entry) => entry.actorId)]);
  const row = promotionRow(promotion, tierNames, partners);
  const { batch } = promotion;
  const partnerId = partnerIdOf(row.terms, batch.product.id);
  const expiryDate = calendarDateOf(batch.expiryDate);
  return {
    ...row,
    channels: promotion.channels,
    stacksWithCoupon: promotion.stacksWithCoupon,
    marginFloorPercent: promotion.marginFloorPercent,
    allowBelowCost: promotion.allowBelowCost,
    margin: marginOf(row.terms, promotion, batch.product, (partnerId && partners.get(partnerId)) || null),
    batch: {
      id: batch.id,
      expiryDate,
      remainingDays: remainingDays(expiryDate, today),
      qtyOnHand: batch.qtyOnHand,
      qtyReserved: batch.qtyReserved,
    },
    coupons,
    decision: {
      byName: nameOf(promotion.decidedById),
      at: promotion.decidedAt,
      comment: promotion.decisionComment,
    },
    audit: audit.map((entry) => ({
      action: entry.action,
      actorName: nameOf(entry.actorId),
      at: entry.createdAt,
      before: entry.before as unknown,
      after: entry.after as unknown,
    })),
  };
}
