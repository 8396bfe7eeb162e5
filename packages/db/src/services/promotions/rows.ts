import type { PromotionTerms } from "@shelfloop/core";
import type { Prisma } from "../../generated/prisma/client";
import type { PromotionStatus } from "../../generated/prisma/enums";
import type { Tx } from "../../scope";

/** A promotion order as the console lists it. */
export interface PromotionRow {
  id: string;
  status: PromotionStatus;
  tier: string;
  tierName: string;
  productName: string;
  sku: string;
  lotCode: string;
  warehouseName: string;
  terms: PromotionTerms;
  /** The bundle partner, or the gift when it is another product. */
  partnerName: string | null;
  reservedQty: number;
  soldQty: number;
  startsAt: Date;
  endsAt: Date;
  /** The rule's name as it was when it made the promotion. */
  ruleName: string | null;
  ruleVersion: number;
  createdAt: Date;
}

export const PROMOTION_INCLUDE = {
  batch: {
    select: {
      id: true,
      lotCode: true,
      expiryDate: true,
      qtyOnHand: true,
      qtyReserved: true,
      product: { select: { id: true, name: true, sku: true, listPriceFen: true, costFen: true } },
      warehouse: { select: { name: true } },
    },
  },
} satisfies Prisma.PromotionInclude;

export type PromotionWithBatch = Prisma.PromotionGetPayload<{ include: typeof PROMOTION_INCLUDE }>;

/** The other product a promotion hands over: a bundle's partner, or a gift of another product. */
export function partnerIdOf(terms: PromotionTerms, productId: string): string | null {
  if (terms.type === "BUNDLE") return terms.params.partnerProductId;
  if (terms.type === "BUY_X_GET_Y" && terms.params.giftProductId !== productId)
    return terms.params.giftProductId;
  return null;
}

/** The partner products of these promotions, by id. */
export async function partnersOf(tx: Tx, promotions: readonly PromotionWithBatch[]) {
  const ids = promotions.flatMap(
    (p) => partnerIdOf(p.terms as unknown as PromotionTerms, p.batch.product.id) ?? [],
  );
  const products = await tx.product.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, listPriceFen: true, costFen: true },
  });
  return new Map(products.map((product) => [product.id, product]));
}

export function promotionRow(
  promotion: PromotionWithBatch,
  tierNames: Record<string, string>,
  partners: Map<string, { name: string }>,
): PromotionRow {
  const terms = promotion.terms as unknown as PromotionTerms;
  const { batch } = promotion;
  const partnerId = partnerIdOf(terms, batch.product.id);
  const rule = promotion.rule as { name?: unknown };
  return {
    id: promotion.id,
    status: promotion.status,
    tier: promotion.tier,
    tierName: tierNames[promotion.tier] ?? promotion.tier,
    productName: batch.product.name,
    sku: batch.product.sku,
    lotCode: batch.lotCode,
    warehouseName: batch.warehouse.name,
    terms,
    partnerName: partnerId ? (partners.get(partnerId)?.name ?? null) : null,
    reservedQty: promotion.reservedQty,
    soldQty: promotion.soldQty,
    startsAt: promotion.startsAt,
    endsAt: promotion.endsAt,
    ruleName: typeof rule.name === "string" ? rule.name : null,
    ruleVersion: promotion.ruleVersion,
    createdAt: promotion.createdAt,
  };
}
