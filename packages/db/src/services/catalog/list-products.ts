import type { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { PRODUCT_RECORD } from "./product-record";

export interface ProductListQuery {
  /** Part of the name, SKU or GTIN. */
  search?: string | undefined;
  category?: string | undefined;
  active?: boolean | undefined;
  page: number;
  pageSize: number;
}

function whereFor(query: ProductListQuery): Prisma.ProductWhereInput {
  const search = query.search?.trim();
  return {
    ...(query.category ? { category: query.category } : {}),
    ...(query.active === undefined ? {} : { active: query.active }),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: "insensitive" } },
            { sku: { contains: search, mode: "insensitive" } },
            { gtin: { contains: search } },
          ],
        }
      : {}),
  };
}

/** The catalogue one page at a time, in SKU order. */
export async function listProducts(tx: Tx, query: ProductListQuery) {
  const where = whereFor(query);
  const [total, items] = await Promise.all([
    tx.product.count({ where }),
    tx.product.findMany({
      where,
      select: PRODUCT_RECORD,
      orderBy: { sku: "asc" },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}
