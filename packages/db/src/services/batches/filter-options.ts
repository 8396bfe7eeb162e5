import type { Tx } from "../../scope";

/** Warehouses and categories a batch list can be filtered by. */
export async function batchFilterOptions(tx: Tx) {
  const [warehouses, categories] = await Promise.all([
    tx.warehouse.findMany({
      where: { archivedAt: null },
      select: { id: true, name: true },
      orderBy: { code: "asc" },
    }),
    tx.product.findMany({ distinct: ["category"], select: { category: true }, orderBy: { category: "asc" } }),
  ]);
  return { warehouses, categories: categories.map((row) => row.category) };
}
