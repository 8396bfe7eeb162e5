import {
  addDays,
  bandOf,
  type CalendarDate,
  calendarDateOf,
  daysBetween,
  type RemainingBand,
  remainingDays,
  remainingDaysRange,
  shareOfShelfLifeRemaining,
} from "@shelfloop/core";
import type { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { describeTier } from "../tiering/describe";
import { loadTierPolicies, policyForProduct } from "../tiering/policies";

export interface BatchListQuery {
  search?: string | undefined;
  warehouseId?: string | undefined;
  category?: string | undefined;
  band?: RemainingBand | undefined;
  /** Tier keys the batch is in now (any of them). */
  tiers?: string[] | undefined;
  /** Only batches whose tier changed at or after this instant (an alert's batches). */
  changedSince?: Date | undefined;
  page: number;
  pageSize: number;
}

const toDbDate = (date: CalendarDate) => new Date(`${date}T00:00:00Z`);

/** The expiry-date range that puts a batch in `band` on `today`. */
function expiryRangeFor(band: RemainingBand, today: CalendarDate): Prisma.DateTimeFilter {
  const { min, max } = remainingDaysRange(band);
  return {
    ...(min === null ? {} : { gte: toDbDate(addDays(today, min)) }),
    ...(max === null ? {} : { lte: toDbDate(addDays(today, max)) }),
  };
}

function whereFor(query: BatchListQuery, today: CalendarDate): Prisma.BatchWhereInput {
  const search = query.search?.trim();
  return {
    qtyOnHand: { gt: 0 },
    ...(query.warehouseId ? { warehouseId: query.warehouseId } : {}),
    ...(query.category ? { product: { category: query.category } } : {}),
    ...(query.band ? { expiryDate: expiryRangeFor(query.band, today) } : {}),
    ...(query.tiers?.length ? { tier: { in: query.tiers } } : {}),
    ...(query.changedSince ? { tierChangedAt: { gte: query.changedSince } } : {}),
    ...(search
      ? {
          OR: [
            { lotCode: { contains: search, mode: "insensitive" } },
            { product: { name: { contains: search, mode: "insensitive" } } },
            { product: { sku: { contains: search, mode: "insensitive" } } },
            { product: { gtin: { startsWith: search } } },
          ],
        }
      : {}),
  };
}

/** Batches with stock on hand, soonest expiry first, one page at a time. */
export async function listBatches(tx: Tx, query: BatchListQuery, today: CalendarDate) {
  const where = whereFor(query, today);
  const [total, rows, policies] = await Promise.all([
    tx.batch.count({ where }),
    tx.batch.findMany({
      where,
      orderBy: [{ expiryDate: "asc" }, { lotCode: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: {
        product: { select: { id: true, sku: true, name: true, category: true, unit: true, costFen: true } },
        warehouse: { select: { name: true } },
        location: { select: { code: true } },
      },
    }),
    loadTierPolicies(tx),
  ]);

  const items = rows.map((batch) => {
    const productionDate = calendarDateOf(batch.productionDate);
    const expiryDate = calendarDateOf(batch.expiryDate);
    const left = remainingDays(expiryDate, today);
    const policy = policyForProduct(policies, batch.product);
    return {
      id: batch.id,
      lotCode: batch.lotCode,
      sku: batch.product.sku,
      productName: batch.product.name,
      category: batch.product.category,
      unit: batch.product.unit,
      warehouseName: batch.warehouse.name,
      locationCode: batch.location?.code ?? null,
      productionDate,
      expiryDate,
      remainingDays: left,
      percentLeft: shareOfShelfLifeRemaining(productionDate, expiryDate, today),
      band: bandOf(expiryDate, today),
      tier: describeTier(policy, {
        remainingDays: left,
        shelfLifeDays: daysBetween(productionDate, expiryDate),
      }),
      qtyOnHand: batch.qtyOnHand,
      qtyReserved: batch.qtyReserved,
      status: batch.status,
      valueAtCostFen: batch.qtyOnHand * batch.product.costFen,
    };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
