import { mulDivHalfUp } from "../pricing/rounding";
import type { PromotionTerms } from "../pricing/types";
import type { TemplateTerms } from "./types";

/** The product a promotion is made for, and the bundle partner when the template needs one. */
export interface ResolveInput {
  readonly productId: string;
  readonly listPriceFen: number;
  /** The category's best-seller (not the product itself), for BUNDLE. */
  readonly partner?: { readonly productId: string; readonly listPriceFen: number } | null;
  /** The markdown advisor's percent off for the batch (0: none needed), for ADVISOR_PERCENT_OFF. */
  readonly advisedPercentOff?: number | null;
}

/**
 * A template's terms in fen for one product (half-up rounding, as the pricing engine rounds), or a
 * reason it cannot be made — e.g. a bundle in a category with no other product selling.
 */
export function resolveTerms(
  terms: TemplateTerms,
  input: ResolveInput,
): { ok: true; terms: PromotionTerms } | { ok: false; reason: string } {
  switch (terms.type) {
    case "SPECIAL_PRICE":
      return {
        ok: true,
        terms: {
          type: "SPECIAL_PRICE",
          params: { unitPriceFen: mulDivHalfUp(input.listPriceFen, terms.params.pricePercentOfList, 100) },
        },
      };
    case "PERCENT_OFF":
    case "NTH_ITEM_PERCENT_OFF":
      return { ok: true, terms };
    case "ADVISOR_PERCENT_OFF": {
      const advised = input.advisedPercentOff;
      if (advised === undefined || advised === null) return { ok: false, reason: "折扣顾问没有给出建议" };
      if (advised <= 0) return { ok: false, reason: "折扣顾问：按原价即可在转为紧急前售完，无需促销" };
      const percentOff = Math.min(advised, terms.params.maxPercentOff);
      return { ok: true, terms: { type: "PERCENT_OFF", params: { percentOff } } };
    }
    case "BUY_X_GET_Y":
      return {
        ok: true,
        terms: {
          type: "BUY_X_GET_Y",
          params: {
            buyQty: terms.params.buyQty,
            giftProductId: input.productId,
            giftQty: terms.params.giftQty,
          },
        },
      };
    case "BUNDLE": {
      const partner = input.partner;
      if (!partner) return { ok: false, reason: "该品类近 30 天没有其他商品的销量，无法组成清仓捆绑" };
      const bundlePriceFen = mulDivHalfUp(
        input.listPriceFen + partner.listPriceFen,
        terms.params.bundlePercentOfList,
        100,
      );
      return {
        ok: true,
        terms: { type: "BUNDLE", params: { partnerProductId: partner.productId, bundlePriceFen } },
      };
    }
  }
}

/**
 * Units to reserve for a promotion: the share of what is on hand and not yet reserved, at least one,
 * never more than is free. 0 means nothing can be reserved.
 */
export function reservationFor(sharePercent: number, qtyOnHand: number, qtyReserved: number): number {
  const free = Math.max(0, qtyOnHand - qtyReserved);
  if (free === 0) return 0;
  return Math.min(free, Math.max(1, Math.floor((free * sharePercent) / 100)));
}
