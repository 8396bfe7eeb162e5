import type { Tx } from "../../scope";

/** Up to `limit` products whose name or SKU contains `query` (all products when it is empty). */
export function searchProducts(tx: Tx, query: string, limit = 20) {
  return tx.product.findMany({
    where: query
      ? {
          OR: [
            { name: { contains: query, mode: "insensitive" } },
            { sku: { contains: query, mode: "insensitive" } },
          ],
        }
      : {},
    select: { id: true, sku: true, name: true, category: true },
    orderBy: { sku: "asc" },
    take: limit,
  });
}

/** Names of the given products ("SKU name"), for labelling product-level settings. */
export async function productLabels(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  const products = await tx.product.findMany({
    where: { id: { in: ids } },
    select: { id: true, sku: true, name: true },
  });
  return new Map(products.map((p) => [p.id, `${p.sku} ${p.name}`]));
}
