import { allocateCapped } from "../allocate";
import type { CartState } from "../cart-state";
import { type ContextLine, productLabel } from "../context";
import { belowFloorWarning, floorFen, headroomFen } from "../floor";
import type { BundleParams, MarginRule, PromotionOf } from "../types";

/** What `bundles` bundles save against list price; a bundle price above list never raises it. */
export function bundleDiscountFen(
  params: BundleParams,
  bundles: number,
  listUnitFen: number,
  partnerListUnitFen: number,
): number {
  return bundles * Math.max(0, listUnitFen + partnerListUnitFen - params.bundlePriceFen);
}

/**
 * Splits a bundle discount over its items by list value (largest remainder), each item capped so it
 * stays at or above its own floor; an item at its cap passes the excess to the other. What neither
 * can take is not given. Items are { listFen, costFen } for all bundled units of each.
 */
export function splitBundleDiscount(
  discountFen: number,
  items: readonly { readonly listFen: number; readonly costFen: number }[],
  rule: MarginRule,
): { shares: number[]; floors: number[] } {
  const floors = items.map((item) => floorFen(item.costFen, rule));
  const shares = allocateCapped(
    discountFen,
    items.map((item) => item.listFen),
    items.map((item, k) => headroomFen(item.listFen, floors[k] ?? 0)),
  );
  return { shares, floors };
}

/**
 * One promoted unit (from the promoted batch, within reservedQty) and one partner unit (FEFO) per
 * bundle, for the bundle price. Both lines belong to the bundle, so neither takes another promotion;
 * their units beyond the bundles are at list price.
 */
export function applyBundle(state: CartState, line: ContextLine, promotion: PromotionOf<"BUNDLE">): void {
  const partner = state.lineOf(promotion.params.partnerProductId);
  const bundles = Math.min(
    state.outstanding(line),
    state.promotedStock(promotion),
    state.outstanding(partner),
    state.stockOf(partner.productId),
  );
  state.drawPromoted(line, promotion.batchId, bundles);
  state.drawPromotedFefo(partner, bundles);
  const wanted = bundleDiscountFen(
    promotion.params,
    bundles,
    line.product.listPriceFen,
    partner.product.listPriceFen,
  );
  const { shares, floors } = splitBundleDiscount(
    wanted,
    [line.product, partner.product].map((product) => ({
      listFen: bundles * product.listPriceFen,
      costFen: bundles * product.costFen,
    })),
    promotion,
  );
  const [own = 0, partnerShare = 0] = shares;
  state.setDiscount(line, own, floors[0] ?? 0);
  state.setDiscount(partner, partnerShare, floors[1] ?? 0);
  if (own + partnerShare < wanted) {
    const what = `${productLabel(line.product)} + ${productLabel(partner.product)}`;
    state.warn(belowFloorWarning(promotion, what, wanted - own - partnerShare));
  }
}
