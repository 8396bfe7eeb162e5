import {
  type CalendarDate,
  calendarDateOf,
  daysBetween,
  describePromotionTerms,
  todayIn,
} from "@shelfloop/core";
import type { Database } from "../../client";
import { Prisma } from "../../generated/prisma/client";
import { type Tx, withTenant } from "../../scope";
import { BusinessError } from "../errors";
import { termsOf } from "../price-book/active-promotion";
import { partnerName } from "../price-book/entries";
import type { StorefrontTenant } from "./tenant";

/** The storefront is the mini-program: it shows that channel's price book. */
export const STOREFRONT_CHANNEL = "MINIAPP";

export interface ClearanceQuery {
  sort: "discount" | "expiry";
  /** A warehouse (store) id. */
  store?: string;
  category?: string;
  page: number;
  pageSize: number;
}

export interface ClearanceItem {
  batchId: string;
  productId: string;
  promotionId: string;
  productName: string;
  category: string;
  unit: string;
  priceFen: number;
  originalPriceFen: number;
  badge: string;
  productionDate: CalendarDate;
  expiryDate: CalendarDate;
  daysLeft: number;
  store: { id: string; name: string };
}

interface ItemRow {
  batchId: string;
  productId: string;
  promotionId: string;
  productName: string;
  category: string;
  unit: string;
  priceFen: number;
  originalPriceFen: number;
  badge: string;
  productionDate: Date;
  expiryDate: Date;
  storeId: string;
  storeName: string;
  total: bigint;
}

const ORDER_BY = {
  // Deepest cut first (share of list price), then the soonest to expire.
  discount: Prisma.sql`(e.original_price_fen - e.price_fen)::float8 / GREATEST(e.original_price_fen, 1) DESC, b.expiry_date, e.batch_id`,
  expiry: Prisma.sql`b.expiry_date, (e.original_price_fen - e.price_fen) DESC, e.batch_id`,
} as const;

/**
 * The mini-program's entries at the tenant's published `version` (not whatever committed since, so
 * an answer cached under that version's ETag stays true), with their batch, product and store.
 */
function itemRows(
  tx: Tx,
  version: number,
  where: Prisma.Sql,
  order: Prisma.Sql,
  page = { limit: 1, offset: 0 },
) {
  return tx.$queryRaw<ItemRow[]>`
    SELECT e.batch_id::text AS "batchId", e.product_id::text AS "productId", e.promotion_id::text AS "promotionId",
           p.name AS "productName", p.category, p.unit, e.price_fen AS "priceFen",
           e.original_price_fen AS "originalPriceFen", e.badge, b.production_date AS "productionDate",
           b.expiry_date AS "expiryDate", w.id::text AS "storeId", w.name AS "storeName", count(*) OVER () AS total
      FROM price_book_entries e
      JOIN batches b ON b.id = e.batch_id
      JOIN products p ON p.id = e.product_id
      JOIN warehouses w ON w.id = b.warehouse_id
     WHERE e.channel = ${STOREFRONT_CHANNEL} AND e.added_version <= ${version}
       AND (e.removed_version IS NULL OR e.removed_version > ${version}) AND ${where}
     ORDER BY ${order}
     LIMIT ${page.limit} OFFSET ${page.offset}`;
}

function toItem(row: ItemRow, today: CalendarDate): ClearanceItem {
  const expiryDate = calendarDateOf(row.expiryDate);
  return {
    batchId: row.batchId,
    productId: row.productId,
    promotionId: row.promotionId,
    productName: row.productName,
    category: row.category,
    unit: row.unit,
    priceFen: row.priceFen,
    originalPriceFen: row.originalPriceFen,
    badge: row.badge,
    productionDate: calendarDateOf(row.productionDate),
    expiryDate,
    daysLeft: daysBetween(today, expiryDate),
    store: { id: row.storeId, name: row.storeName },
  };
}

/** The clearance list: one page of the batches on promotion in the mini-program, filtered and sorted. */
export function listClearance(db: Database, tenant: StorefrontTenant, query: ClearanceQuery, now: Date) {
  const today = todayIn(tenant.timezone, now);
  const filters = [Prisma.sql`b.expiry_date >= ${today}::date`];
  if (query.store) filters.push(Prisma.sql`b.warehouse_id = ${query.store}::uuid`);
  if (query.category) filters.push(Prisma.sql`p.category = ${query.category}`);
  return withTenant(db, { tenantId: tenant.id }, async (tx) => {
    const rows = await itemRows(
      tx,
      tenant.priceBookVersion,
      Prisma.join(filters, " AND "),
      ORDER_BY[query.sort],
      {
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      },
    );
    return {
      items: rows.map((row) => toItem(row, today)),
      total: Number(rows[0]?.total ?? 0),
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/**
 * One clearance item with what the detail page shows besides: the deal's terms in words, whether a
 * coupon stacks, the promoted units left, and the bundle partner (for a bundle deal).
 */
export function clearanceItem(db: Database, tenant: StorefrontTenant, batchId: string, now: Date) {
  const today = todayIn(tenant.timezone, now);
  return withTenant(db, { tenantId: tenant.id }, async (tx) => {
    const [row] = await itemRows(
      tx,
      tenant.priceBookVersion,
      Prisma.sql`e.batch_id = ${batchId}::uuid`,
      ORDER_BY.expiry,
    );
    if (!row) throw new BusinessError("NOT_FOUND", "该商品不在清仓活动中");
    const promotion = await tx.promotion.findUniqueOrThrow({ where: { id: row.promotionId } });
    const terms = termsOf(promotion);
    const partner = await partnerName(tx, terms, row.productId);
    const bundlePartner =
      terms.type === "BUNDLE"
        ? {
            ...(await tx.product.findUniqueOrThrow({
              where: { id: terms.params.partnerProductId },
              select: { id: true, name: true, listPriceFen: true },
            })),
            bundlePriceFen: terms.params.bundlePriceFen,
          }
        : null;
    return {
      ...toItem(row, today),
      terms: describePromotionTerms(terms, { partnerName: partner }),
      stacksWithCoupon: promotion.stacksWithCoupon,
      promotedUnitsLeft: Math.max(0, promotion.reservedQty - promotion.soldQty),
      validTo: todayIn(tenant.timezone, promotion.endsAt),
      bundlePartner,
    };
  });
}
