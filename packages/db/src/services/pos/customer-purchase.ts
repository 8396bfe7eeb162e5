import type { PricedCart } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { POS_CHANNEL } from "./store-context";

/** The customer-facing part of a purchase: its total and what of it was sold under a promotion. */
export function purchaseFigures(cart: Pick<PricedCart, "lines" | "gifts" | "totalFen">) {
  const promoted = [...cart.lines, ...cart.gifts].filter((line) => line.promotionId !== null);
  const clearanceFen = promoted.reduce((sum, line) => sum + line.totalFen, 0);
  return {
    revenueFen: cart.totalFen,
    // Line totals already carry their coupon share, so they add up to the receipt total; min() only guards it.
    clearanceRevenueFen: Math.min(cart.totalFen, clearanceFen),
    promotionIds: [...new Set(promoted.flatMap((line) => line.promotionId ?? []))],
  };
}

/**
 * One customer_purchases row for an identified till sale (member id or openid): the basis of the
 * customers-won report. Called inside the sale's transaction, after the sale is stored, so a replay
 * (answered from the stored sale before this point) never adds a second row.
 */
export async function recordCustomerPurchase(
  tx: Tx,
  sale: { tenantId: string; saleId: string; customer: string; now: Date },
  cart: Pick<PricedCart, "lines" | "gifts" | "totalFen">,
) {
  await tx.customerPurchase.create({
    data: {
      tenantId: sale.tenantId,
      customer: sale.customer,
      channel: POS_CHANNEL,
      saleId: sale.saleId,
      purchasedAt: sale.now,
      ...purchaseFigures(cart),
    },
  });
}
