import {
  calendarDateOf,
  type PromotionMargin,
  type PromotionTemplate,
  type RuleCondition,
  remainingDays,
  reservationFor,
  ruleMatches,
  todayIn,
} from "@shelfloop/core";
import type { Tx } from "../../scope";
import { bestSellerFinder } from "./best-seller";
import { dealFor } from "./deal";
import { dbDate } from "./json";
import { requireValidSpec } from "./save-rule";
import { OPEN_STATUSES } from "./status";
import { tenantTierNames } from "./tier-names";

/** How many of the matching batches the preview details. */
const PREVIEW_ITEMS = 50;

export interface PreviewItem {
  batchId: string;
  productName: string;
  sku: string;
  lotCode: string;
  warehouseName: string;
  tier: string;
  tierName: string;
  remainingDays: number;
  /** On hand less reserved. */
  qtyAvailable: number;
  reserveQty: number;
  listPriceFen: number;
  costFen: number;
  margin: PromotionMargin | null;
  /** Why no promotion could be made for the batch (e.g. no bundle partner), else null. */
  problem: string | null;
}

/**
 * What a rule would do now: the sellable batches without an open promotion that meet its condition
 * (each batch's stored tier, today's remaining days in the tenant's timezone, units on hand less
 * reserved), and for the most urgent 50 the units it would reserve and the margin of one deal.
 */
export async function previewRule(
  tx: Tx,
  timezone: string,
  spec: { condition: RuleCondition; template: PromotionTemplate },
  now: Date,
): Promise<{ total: number; items: PreviewItem[] }> {
  const { condition, template } = spec;
  requireValidSpec({ name: "预览", condition, template });
  const today = todayIn(timezone, now);
  const batches = await tx.batch.findMany({
    where: {
      tier: { in: [...condition.tiers] },
      status: "ACTIVE",
      qtyOnHand: { gt: 0 },
      expiryDate: { gte: dbDate(today) },
      promotions: { none: { status: { in: [...OPEN_STATUSES] } } },
      ...(condition.productIds.length > 0 ? { productId: { in: [...condition.productIds] } } : {}),
      ...(condition.warehouseIds.length > 0 ? { warehouseId: { in: [...condition.warehouseIds] } } : {}),
      ...(condition.categories.length > 0
        ? { product: { category: { in: [...condition.categories] } } }
        : {}),
    },
    select: {
      id: true,
      lotCode: true,
      expiryDate: true,
      qtyOnHand: true,
      qtyReserved: true,
      tier: true,
      warehouseId: true,
      product: {
        select: { id: true, name: true, sku: true, category: true, listPriceFen: true, costFen: true },
      },
      warehouse: { select: { name: true } },
    },
    orderBy: [{ expiryDate: "asc" }, { id: "asc" }],
  });
  const matching = batches.filter((batch) =>
    ruleMatches(condition, {
      tier: batch.tier,
      productId: batch.product.id,
      category: batch.product.category,
      warehouseId: batch.warehouseId,
      qtyAvailable: batch.qtyOnHand - batch.qtyReserved,
    }),
  );
  const tierNames = await tenantTierNames(tx);
  const findBestSeller = bestSellerFinder(now);
  const items: PreviewItem[] = [];
  for (const batch of matching.slice(0, PREVIEW_ITEMS)) {
    const deal = await dealFor(tx, findBestSeller, template, batch.product, { id: batch.id, today });
    items.push({
      batchId: batch.id,
      productName: batch.product.name,
      sku: batch.product.sku,
      lotCode: batch.lotCode,
      warehouseName: batch.warehouse.name,
      tier: batch.tier,
      tierName: tierNames[batch.tier] ?? batch.tier,
      remainingDays: remainingDays(calendarDateOf(batch.expiryDate), today),
      qtyAvailable: batch.qtyOnHand - batch.qtyReserved,
      reserveQty: reservationFor(template.reserveSharePercent, batch.qtyOnHand, batch.qtyReserved),
      listPriceFen: batch.product.listPriceFen,
      costFen: batch.product.costFen,
      margin: deal.ok ? deal.margin : null,
      problem: deal.ok ? null : deal.reason,
    });
  }
  return { total: matching.length, items };
}
