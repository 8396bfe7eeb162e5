import { mulDivCeil, mulDivHalfUp } from "../pricing/rounding";
import { DEFAULT_RULES } from "../promotion-rules/defaults";
import { ruleMatches } from "../promotion-rules/match";
import type { RuleSpec, TemplateTerms } from "../promotion-rules/types";

/**
 * A rule's deal as one percent off the single unit, for a simulation that sells units, not baskets.
 * Each is the per-unit saving of a shopper who takes the whole deal:
 * - 第 n 件 p% off → p / n (第二件半价 → 25 %);
 * - 买 x 送 y → y / (x + y);
 * - 清仓捆绑 at b % of both lists → 100 − b, as if the saving fell on the near-expiry unit alone
 *   (the partner best-seller's extra sales are not simulated);
 * - special price and percent off are already per unit.
 * Rounded half up to whole percent. Shoppers who buy one unit get less; this overstates both the
 * lift and the markdown cost of multi-unit deals.
 */
export function equivalentPercentOff(terms: TemplateTerms): number {
  switch (terms.type) {
    case "SPECIAL_PRICE":
      return 100 - terms.params.pricePercentOfList;
    case "PERCENT_OFF":
      return terms.params.percentOff;
    // The simulator's policy (d) asks the advisor itself; a rule's cap is the most it can give.
    case "ADVISOR_PERCENT_OFF":
      return terms.params.maxPercentOff;
    case "NTH_ITEM_PERCENT_OFF":
      return mulDivHalfUp(terms.params.percentOff, 1, terms.params.n);
    case "BUY_X_GET_Y":
      return mulDivHalfUp(100, terms.params.giftQty, terms.params.buyQty + terms.params.giftQty);
    case "BUNDLE":
      return 100 - terms.params.bundlePercentOfList;
  }
}

/** What a matching default rule allows for a batch: its equivalent discount and its price floor. */
export interface RuleOffer {
  readonly rule: RuleSpec;
  readonly percentOff: number;
  /** cost × marginFloorPercent / 100, rounded up as the pricing engine's floor is. */
  readonly floorFen: number;
}

const ORDERED_RULES = [...DEFAULT_RULES].sort((a, b) => a.priority - b.priority);

/** The first default rule (by priority) a batch in `tier` with `qty` units meets, or null. */
export function defaultRuleOffer(
  batch: { tier: string; productId: string; category: string; qty: number },
  costFen: number,
): RuleOffer | null {
  const rule = ORDERED_RULES.find((candidate) =>
    ruleMatches(candidate.condition, { ...batch, warehouseId: "WH-1", qtyAvailable: batch.qty }),
  );
  if (!rule) return null;
  return {
    rule,
    percentOff: equivalentPercentOff(rule.template.terms),
    floorFen: mulDivCeil(costFen, rule.template.marginFloorPercent, 100),
  };
}

/** List price less `percentOff`, rounded half up, never under the floor nor over list. */
export function discountedPriceFen(listPriceFen: number, percentOff: number, floorFen = 0): number {
  const price = mulDivHalfUp(listPriceFen, 100 - percentOff, 100);
  return Math.min(listPriceFen, Math.max(1, floorFen, price));
}
