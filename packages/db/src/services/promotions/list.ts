import type { PromotionStatus } from "../../generated/prisma/enums";
import type { Tx } from "../../scope";
import { PROMOTION_INCLUDE, type PromotionRow, partnersOf, promotionRow } from "./rows";
import { PROMOTION_STATUSES } from "./status";
import { tenantTierNames } from "./tier-names";

export interface PromotionListQuery {
  status?: PromotionStatus | undefined;
  page: number;
  pageSize: number;
}

/** One page of the tenant's promotions (newest first), with how many there are in every status. */
export async function listPromotions(tx: Tx, query: PromotionListQuery) {
  const where = query.status ? { status: query.status } : {};
  const [promotions, total, groups, tierNames] = await Promise.all([
    tx.promotion.findMany({
      where,
      include: PROMOTION_INCLUDE,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    tx.promotion.count({ where }),
    tx.promotion.groupBy({ by: ["status"], _count: { _all: true } }),
    tenantTierNames(tx),
  ]);
  const partners = await partnersOf(tx, promotions);
  const counts = Object.fromEntries(PROMOTION_STATUSES.map((status) => [status, 0])) as Record<
    PromotionStatus,
    number
  >;
  for (const group of groups) counts[group.status] = group._count._all;
  return {
    items: promotions.map((promotion) => promotionRow(promotion, tierNames, partners)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}

/** One promotion as a list row (what a decision returns). */
export async function promotionRowById(tx: Tx, id: string): Promise<PromotionRow> {
  const promotion = await tx.promotion.findUniqueOrThrow({ where: { id }, include: PROMOTION_INCLUDE });
  const [tierNames, partners] = await Promise.all([tenantTierNames(tx), partnersOf(tx, [promotion])]);
  return promotionRow(promotion, tierNames, partners);
}

/** Promotions waiting for a manager (the console's badge). */
export function pendingPromotionCount(tx: Tx): Promise<number> {
  return tx.promotion.count({ where: { status: "PENDING_APPROVAL" } });
}
