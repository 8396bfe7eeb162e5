import {
  addDays,
  adviseMarkdown,
  type CalendarDate,
  calendarDateOf,
  type DailySales,
  type MarkdownAdvice,
  VELOCITY_WINDOW_DAYS,
} from "@shelfloop/core";
import type { Tx } from "../../scope";
import { BusinessError } from "../errors";
import { dbDate } from "../promotions/json";
import { loadTierPolicies, policyForProduct } from "../tiering/policies";

export interface BatchAdvice extends MarkdownAdvice {
  batchId: string;
  /** The markdown the batch is under now (its ACTIVE promotion's percent off list, 0 when none). */
  currentDiscountPercent: number;
}

/**
 * The markdown advisor for one batch, from the rollups: the product's daily sales in the batch's
 * warehouse over the last VELOCITY_WINDOW_DAYS days, its category's pace per product there, the
 * earlier-expiring units FEFO sells first, the product's tier policy, and the batch's current deal.
 */
export async function batchMarkdownAdvice(
  tx: Tx,
  batchId: string,
  today: CalendarDate,
): Promise<BatchAdvice> {
  const batch = await tx.batch.findUnique({
    where: { id: batchId },
    include: { product: true },
  });
  if (!batch) throw new BusinessError("NOT_FOUND", "批次不存在");
  const from = dbDate(addDays(today, -VELOCITY_WINDOW_DAYS));
  const days = await tx.$queryRaw<{ day: Date; units: bigint; list: bigint; revenue: bigint }[]>`
    SELECT day, sum(units_sold) AS units, sum(list_value_fen) AS list, sum(revenue_fen) AS revenue
      FROM report_daily_sales
     WHERE product_id = ${batch.productId}::uuid AND warehouse_id = ${batch.warehouseId}::uuid
       AND day >= ${from} AND day < ${dbDate(today)}
     GROUP BY day`;
  const sold = new Map(days.map((row) => [calendarDateOf(row.day), row]));
  const history: DailySales[] = [];
  for (let day = addDays(today, -VELOCITY_WINDOW_DAYS); day < today; day = addDays(day, 1)) {
    const row = sold.get(day);
    const list = Number(row?.list ?? 0);
    // The day's average markdown, whole percent, so the velocity estimate can undo its lift.
    const discountPercent = list > 0 ? Math.round((100 * (list - Number(row?.revenue ?? 0))) / list) : 0;
    history.push({ date: day, units: Number(row?.units ?? 0), discountPercent });
  }
  const [category] = await tx.$queryRaw<{ units: bigint | null; products: bigint }[]>`
    SELECT sum(r.units_sold) AS units, count(DISTINCT p.id) AS products
      FROM products p
      LEFT JOIN report_daily_sales r ON r.product_id = p.id AND r.warehouse_id = ${batch.warehouseId}::uuid
       AND r.day >= ${from} AND r.day < ${dbDate(today)}
     WHERE p.category = ${batch.product.category} AND p.active`;
  const products = Number(category?.products ?? 0);
  const categoryVelocity =
    products > 0 ? Number(category?.units ?? 0) / products / VELOCITY_WINDOW_DAYS : null;
  const ahead = await tx.batch.aggregate({
    where: {
      productId: batch.productId,
      warehouseId: batch.warehouseId,
      status: "ACTIVE",
      expiryDate: { lt: batch.expiryDate, gte: dbDate(today) },
    },
    _sum: { qtyOnHand: true },
  });
  const active = await tx.promotion.findFirst({
    where: { batchId: batch.id, status: "ACTIVE" },
    select: { id: true },
  });
  const currentDiscountPercent = active
    ? await activeDiscountPercent(tx, active.id, batch.product.listPriceFen)
    : 0;
  const policy = policyForProduct(await loadTierPolicies(tx), batch.product);
  const advice = adviseMarkdown({
    today,
    expiryDate: calendarDateOf(batch.expiryDate),
    shelfLifeDays: batch.product.shelfLifeDays,
    onHand: Math.max(0, batch.qtyOnHand),
    currentDiscountPercent,
    unitsAhead: ahead._sum.qtyOnHand ?? 0,
    category: batch.product.category,
    history,
    categoryVelocity,
    tierPolicy: policy,
  });
  return { ...advice, batchId: batch.id, currentDiscountPercent };
}

/** An active deal's shelf price as percent off list, from the price book (0 for deals priced at list). */
async function activeDiscountPercent(tx: Tx, promotionId: string, listPriceFen: number): Promise<number> {
  const entry = await tx.priceBookEntry.findFirst({
    where: { promotionId, removedVersion: null },
    orderBy: { priceFen: "asc" },
    select: { priceFen: true },
  });
  if (!entry || listPriceFen <= 0) return 0;
  return Math.max(0, Math.min(99, Math.round((100 * (listPriceFen - entry.priceFen)) / listPriceFen)));
}
