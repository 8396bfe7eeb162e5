import { CartState, type ItemPricing } from "./cart-state";
import type { ContextLine, PricingContext } from "./context";
import { applyBundle } from "./promotions/bundle";
import { applyBuyXGetY } from "./promotions/buy-x-get-y";
import { applyPriceCut } from "./promotions/price-cut";
import type { ActivePromotion } from "./types";

/**
 * Prices the cart's items under one choice of promotions (`owners[i]` owns line i; a bundle owns
 * its partner's line too). Promotions draw first, in cart order, then every line's remaining units
 * go FEFO at list price.
 */
export function priceItems(ctx: PricingContext, owners: readonly (ActivePromotion | null)[]): ItemPricing {
  const state = new CartState(ctx);
  for (const line of ctx.lines) {
    const promotion = owners[line.index];
    // A bundle's partner line is priced when the bundle's own line is reached.
    if (promotion?.productId === line.productId) applyPromotion(state, line, promotion);
  }
  return state.finish(owners);
}

function applyPromotion(state: CartState, line: ContextLine, promotion: ActivePromotion): void {
  switch (promotion.type) {
    case "SPECIAL_PRICE":
    case "PERCENT_OFF":
    case "NTH_ITEM_PERCENT_OFF":
      applyPriceCut(state, line, promotion);
      return;
    case "BUY_X_GET_Y":
      applyBuyXGetY(state, line, promotion);
      return;
    case "BUNDLE":
      applyBundle(state, line, promotion);
      return;
  }
}
