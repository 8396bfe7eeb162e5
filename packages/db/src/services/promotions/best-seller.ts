import type { Tx } from "../../scope";

/** How far back sales count towards a category's best-seller. */
const BEST_SELLER_DAYS = 30;

export interface BestSeller {
  productId: string;
  name: string;
  listPriceFen: number;
  costFen: number;
}

/** The two active products of a category with the most SALE units in the window, ties by id. */
function topSellers(tx: Tx, category: string, now: Date): Promise<BestSeller[]> {
  const since = new Date(now.getTime() - BEST_SELLER_DAYS * 86_400_000);
  return tx.$queryRaw<BestSeller[]>`
    SELECT p.id::text AS "productId", p.name, p.list_price_fen AS "listPriceFen", p.cost_fen AS "costFen"
      FROM stock_movements m
      JOIN batches b ON b.tenant_id = m.tenant_id AND b.id = m.batch_id
      JOIN products p ON p.tenant_id = b.tenant_id AND p.id = b.product_id
     WHERE m.type = 'SALE' AND m.occurred_at > ${since} AND m.occurred_at <= ${now}
       AND p.category = ${category} AND p.active
     GROUP BY p.id
     ORDER BY sum(-m.quantity) DESC, p.id
     LIMIT 2`;
}

/**
 * The bundle partner for a product: the best-seller of its category by the last 30 days' sales, other
 * than the product itself; null when no other product of the category sold. One query per category,
 * remembered for the run (the two best cover excluding the product itself).
 */
export function bestSellerFinder(now: Date) {
  const byCategory = new Map<string, Promise<BestSeller[]>>();
  return async (tx: Tx, product: { id: string; category: string }): Promise<BestSeller | null> => {
    const top = byCategory.get(product.category) ?? topSellers(tx, product.category, now);
    byCategory.set(product.category, top);
    return (await top).find((seller) => seller.productId !== product.id) ?? null;
  };
}

export type FindBestSeller = ReturnType<typeof bestSellerFinder>;
