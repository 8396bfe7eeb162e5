import { formatFen } from "../money";
import { floorFen, floorPercent, headroomFen } from "./floor";
import { bundleDiscountFen, splitBundleDiscount } from "./promotions/bundle";
import { setCostFen } from "./promotions/buy-x-get-y";
import { priceCutDiscountFen } from "./promotions/price-cut";
import type { MarginRule, PromotionTerms } from "./types";
import { termsProblem } from "./validate";

export interface PromotionMarginInput {
  /** The promoted product's list price and cost. */
  readonly listPriceFen: number;
  readonly costFen: number;
  readonly promotion: PromotionTerms & MarginRule & { readonly productId: string };
  /** List price and cost of the bundle partner, or of another product given as the gift. */
  readonly partner?: { readonly listPriceFen: number; readonly costFen: number };
}

/** One full deal of a promotion as the pricing engine would sell it, for the rule preview. */
export interface PromotionMargin {
  /** Units of the promoted product in one deal: 1; n for the n-th item; buy (+ gift when the same product). */
  readonly dealQuantity: number;
  /** List value of everything the deal hands over, gifts and the bundle partner included. */
  readonly listFen: number;
  /** What the shopper pays for the deal as configured. */
  readonly priceFen: number;
  /** Cost of everything the deal hands over. */
  readonly costFen: number;
  /** The least the engine lets the deal sell for. */
  readonly floorFen: number;
  /** APPLY: sold as configured. CLAMP: raised to the floor. SKIP: a gift deal below its floor is not given. */
  readonly action: "APPLY" | "CLAMP" | "SKIP";
  /** What the engine charges for the deal; for SKIP, what the bought units cost without the gift. */
  readonly chargedFen: number;
  /** chargedFen less the cost of what is handed over for it; negative below cost. */
  readonly marginFen: number;
  /** The configured price is below cost (a clearance, when the tier's rule allows it). */
  readonly belowCost: boolean;
  /** For the rule editor, in Chinese; null when there is nothing to warn about. */
  readonly warning: string | null;
}

type Deal = Pick<PromotionMargin, "dealQuantity" | "listFen" | "priceFen" | "costFen" | "floorFen">;

function requireCount(value: number, label: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${label}必须是非负整数: ${value}`);
  return value;
}

/**
 * The price and margin of one full deal of a promotion, computed with the engine's own rounding
 * and floor rules, so the preview matches what every channel will charge. Throws on invalid terms.
 */
export function promotionMargin(input: PromotionMarginInput): PromotionMargin {
  const { promotion } = input;
  const problem = termsProblem(promotion);
  if (problem) throw new RangeError(problem);
  const item = {
    listPriceFen: requireCount(input.listPriceFen, "标价"),
    costFen: requireCount(input.costFen, "成本"),
  };
  const partner = () => {
    if (!input.partner) throw new RangeError("组合和异品买赠的预览需要搭配商品的标价和成本");
    return {
      listPriceFen: requireCount(input.partner.listPriceFen, "搭配商品标价"),
      costFen: requireCount(input.partner.costFen, "搭配商品成本"),
    };
  };
  const pct = floorPercent(promotion);

  switch (promotion.type) {
    case "SPECIAL_PRICE":
    case "PERCENT_OFF":
    case "NTH_ITEM_PERCENT_OFF": {
      const units = promotion.type === "NTH_ITEM_PERCENT_OFF" ? promotion.params.n : 1;
      const listFen = units * item.listPriceFen;
      const wanted = priceCutDiscountFen(promotion, units, item.listPriceFen);
      const floor = floorFen(units * item.costFen, promotion);
      const deal = {
        dealQuantity: units,
        listFen,
        priceFen: listFen - wanted,
        costFen: units * item.costFen,
      };
      return sold({ ...deal, floorFen: floor }, listFen - Math.min(wanted, headroomFen(listFen, floor)), pct);
    }
    case "BUNDLE": {
      const other = partner();
      const wanted = bundleDiscountFen(promotion.params, 1, item.listPriceFen, other.listPriceFen);
      const items = [item, other].map((p) => ({ listFen: p.listPriceFen, costFen: p.costFen }));
      const { shares, floors } = splitBundleDiscount(wanted, items, promotion);
      const listFen = item.listPriceFen + other.listPriceFen;
      const deal: Deal = {
        dealQuantity: 1,
        listFen,
        priceFen: listFen - wanted,
        costFen: item.costFen + other.costFen,
        floorFen: floors.reduce((acc, floor) => acc + floor, 0),
      };
      return sold(deal, listFen - shares.reduce((acc, share) => acc + share, 0), pct);
    }
    case "BUY_X_GET_Y": {
      const { buyQty, giftQty, giftProductId } = promotion.params;
      const sameProduct = giftProductId === promotion.productId;
      const gift = sameProduct ? item : partner();
      const priceFen = buyQty * item.listPriceFen;
      const costFen = setCostFen(promotion.params, item.costFen, gift.costFen);
      const deal: Deal = {
        dealQuantity: sameProduct ? buyQty + giftQty : buyQty,
        listFen: priceFen + giftQty * gift.listPriceFen,
        priceFen,
        costFen,
        floorFen: floorFen(costFen, promotion),
      };
      if (priceFen >= deal.floorFen) return sold(deal, priceFen, pct);
      return {
        ...deal,
        action: "SKIP",
        chargedFen: priceFen,
        marginFen: priceFen - buyQty * item.costFen,
        belowCost: priceFen < costFen,
        warning: `算上赠品低于成本 × ${pct}%（每组成本 ${formatFen(costFen)}，售价 ${formatFen(priceFen)}），买赠不会生效`,
      };
    }
  }
}

function sold(deal: Deal, chargedFen: number, pct: number): PromotionMargin {
  const clamped = chargedFen > deal.priceFen;
  const belowCost = deal.priceFen < deal.costFen;
  let warning: string | null = null;
  if (clamped) {
    warning = `低于成本 × ${pct}%：每组将按 ${formatFen(chargedFen)} 成交，而非设置的 ${formatFen(deal.priceFen)}`;
  } else if (belowCost) {
    warning = `低于成本清仓：每组亏损 ${formatFen(deal.costFen - chargedFen)}`;
  }
  return {
    ...deal,
    action: clamped ? "CLAMP" : "APPLY",
    chargedFen,
    marginFen: chargedFen - deal.costFen,
    belowCost,
    warning,
  };
}
