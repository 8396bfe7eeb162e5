import {
  type CustomersWon,
  customersWon,
  type IdentifiedPurchase,
  type PromotionCustomersWon,
} from "@shelfloop/core";
import type { Tx } from "../../scope";
import { dbDate } from "../promotions/json";
import type { ReportPeriod } from "./period";

export interface PromotionCustomersWonRow extends PromotionCustomersWon {
  /** null when the promotion is gone (its purchases still count). */
  productName: string | null;
  lotCode: string | null;
  warehouseName: string | null;
}

export interface CustomersWonReport extends Omit<CustomersWon, "byPromotion"> {
  byPromotion: PromotionCustomersWonRow[];
}

interface PurchaseRow {
  customer: string;
  purchasedAt: Date;
  day: string;
  revenueFen: number;
  clearanceRevenueFen: number;
  promotionIds: string[];
}

/**
 * Customers won by clearance (拉新获客) in a period, tenant-wide (customer_purchases are not kept per
 * store), from identified POS sales: see customersWon in @shelfloop/core for the definitions.
 *
 * The table grows with every identified sale, so history is not read whole: the period's purchases,
 * plus, for the customers among them who bought before, only their first purchase (min(purchased_at)
 * per customer, through the (tenant, customer, purchased_at) index). Days are tenant-local.
 */
export async function customersWonReport(
  tx: Tx,
  period: Pick<ReportPeriod, "from" | "to">,
  timezone: string,
): Promise<CustomersWonReport> {
  const rows = await tx.$queryRaw<PurchaseRow[]>`
    WITH span AS (
      SELECT (${dbDate(period.from)}::date)::timestamp AT TIME ZONE ${timezone} AS starts,
             (${dbDate(period.to)}::date + 1)::timestamp AT TIME ZONE ${timezone} AS ends
    ), in_period AS (
      SELECT cp.customer, cp.purchased_at, cp.revenue_fen, cp.clearance_revenue_fen, cp.promotion_ids
        FROM customer_purchases cp, span
       WHERE cp.purchased_at >= span.starts AND cp.purchased_at < span.ends
    ), firsts AS (
      SELECT cp.customer, min(cp.purchased_at) AS first_at
        FROM customer_purchases cp, span
       WHERE cp.purchased_at < span.starts
         AND cp.customer IN (SELECT customer FROM in_period)
       GROUP BY cp.customer
    ), picked AS (
      SELECT customer, purchased_at, revenue_fen, clearance_revenue_fen, promotion_ids FROM in_period
      UNION ALL
      SELECT cp.customer, cp.purchased_at, cp.revenue_fen, cp.clearance_revenue_fen, cp.promotion_ids
        FROM customer_purchases cp
        JOIN firsts f ON f.customer = cp.customer AND cp.purchased_at = f.first_at
    )
    SELECT customer, purchased_at AS "purchasedAt",
           to_char(purchased_at AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS day,
           revenue_fen AS "revenueFen", clearance_revenue_fen AS "clearanceRevenueFen",
           coalesce(promotion_ids::text[], '{}') AS "promotionIds"
      FROM picked`;
  const purchases: IdentifiedPurchase[] = rows;
  const metric = customersWon({ period: { from: period.from, to: period.to }, purchases });
  return { ...metric, byPromotion: await withPromotionLabels(tx, metric.byPromotion) };
}

async function withPromotionLabels(
  tx: Tx,
  rows: readonly PromotionCustomersWon[],
): Promise<PromotionCustomersWonRow[]> {
  if (rows.length === 0) return [];
  const labels = await tx.promotion.findMany({
    where: { id: { in: rows.map((row) => row.promotionId) } },
    select: {
      id: true,
      batch: {
        select: { lotCode: true, product: { select: { name: true } }, warehouse: { select: { name: true } } },
      },
    },
  });
  const byId = new Map(labels.map((label) => [label.id, label.batch]));
  return rows.map((row) => {
    const batch = byId.get(row.promotionId);
    return {
      ...row,
      productName: batch?.product.name ?? null,
      lotCode: batch?.lotCode ?? null,
      warehouseName: batch?.warehouse.name ?? null,
    };
  });
}
