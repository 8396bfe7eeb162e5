import { type CartLine, priceCart, todayIn } from "@shelfloop/core";
import type { Database } from "../../client";
import { withTenant } from "../../scope";
import { BusinessError } from "../errors";
import { loadPricingContext } from "../price-book/pricing-context";
import { priceBookVersion } from "../price-book/read";
import { lockConsumer } from "./consumer";
import { presentCoupons } from "./coupons";
import { STOREFRONT_CHANNEL } from "./items";
import type { StorefrontTenant } from "./tenant";

export interface QuoteInput {
  lines: CartLine[];
  /** Coupon codes to try; the best one that applies is used. Quoting never redeems. */
  coupons: string[];
  /** The signed-in consumer, needed for coupons. */
  consumerId: string | null;
}

/**
 * A mini-program cart priced on the server by the core engine, with the promotions and stock of
 * this moment and the consumer's coupons validated (not redeemed: that happens at checkout).
 */
export function quoteCart(db: Database, tenant: StorefrontTenant, input: QuoteInput, now: Date) {
  const today = todayIn(tenant.timezone, now);
  return withTenant(db, { tenantId: tenant.id }, async (tx) => {
    const version = await priceBookVersion(tx);
    const productIds = input.lines.map((line) => line.productId);
    const context = await loadPricingContext(tx, { channel: STOREFRONT_CHANNEL, productIds, today });
    const known = new Set(context.products.map((product) => product.id));
    const unknown = productIds.find((id) => !known.has(id));
    if (unknown) throw new BusinessError("NOT_FOUND", "购物车中有商品不存在或已下架", unknown);
    const openid = input.consumerId ? await lockConsumer(tx, input.consumerId) : null;
    const presented = await presentCoupons(tx, openid, input.coupons);
    const priced = priceCart({
      cart: { channel: STOREFRONT_CHANNEL, customerId: input.consumerId ?? undefined, lines: input.lines },
      ...context,
      coupons: presented.coupons,
      today,
    });
    return {
      priceBookVersion: version,
      ...priced,
      rejectedCoupons: [...presented.rejected, ...priced.rejectedCoupons],
    };
  });
}
