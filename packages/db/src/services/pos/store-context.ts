import type { CalendarDate } from "@shelfloop/core";
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../scope";
import { loadPricingContext, type PricingContext } from "../price-book";
import { lockBatches } from "../stock/locks";

/** The channel every POS till prices and reads the price book on. */
export const POS_CHANNEL = "POS";

/** Of `batchIds`, those kept in the store: a till sells and shows only its own shelves. */
export async function batchesInStore(tx: Tx, warehouseId: string, batchIds: readonly string[]) {
  const rows = await tx.batch.findMany({
    where: { warehouseId, id: { in: [...new Set(batchIds)] } },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

/**
 * The POS pricing context narrowed to the store's batches and the promotions on them, read after
 * locking those batches in the stock services' one order (expiry, id): two tills selling the same
 * products queue instead of deadlocking, and the receipt is priced on quantities no one else can move.
 */
export async function storePricingContext(
  tx: Tx,
  input: { warehouseId: string; productIds: readonly string[]; today: CalendarDate },
): Promise<PricingContext> {
  const products = Prisma.join(input.productIds.map((id) => Prisma.sql`${id}::uuid`));
  await lockBatches(
    tx,
    Prisma.sql`b.warehouse_id = ${input.warehouseId}::uuid AND b.product_id IN (${products})`,
  );
  const context = await loadPricingContext(tx, { channel: POS_CHANNEL, ...input });
  const local = await batchesInStore(
    tx,
    input.warehouseId,
    context.stock.map((batch) => batch.batchId),
  );
  return {
    products: context.products,
    stock: context.stock.filter((batch) => local.has(batch.batchId)),
    promotions: context.promotions.filter((promotion) => local.has(promotion.batchId)),
  };
}
