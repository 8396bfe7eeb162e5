import { adviseMarkdown } from "../advisor/advise";
import { DEFAULT_DISCOUNT_LADDER } from "../advisor/ladder";
import { addDays } from "../calendar";
import { tierOf } from "../tier-policy";
import { DEFAULT_TIER_POLICY } from "../tier-presets";
import type { Policy, PriceContext } from "./engine";
import { defaultRuleOffer, discountedPriceFen } from "./rule-equivalent";

/** (a) List price always. */
export const NO_ACTION: Policy = {
  key: "a",
  label: "(a) 不处理",
  priceFen: ({ product }) => product.listPriceFen,
};

/** (b) 50 % off in the last 3 selling days (2, 1 and 0 days left), whatever it costs. */
export const FIXED_HALF_OFF: Policy = {
  key: "b",
  label: "(b) 最后 3 天 5 折",
  priceFen: ({ product, remainingDays }) =>
    remainingDays <= 2 ? discountedPriceFen(product.listPriceFen, 50) : product.listPriceFen,
};

function offerFor({ product, batch, remainingDays }: PriceContext) {
  const tier = tierOf(DEFAULT_TIER_POLICY, { remainingDays, shelfLifeDays: product.shelfLifeDays });
  return defaultRuleOffer(
    { tier, productId: product.id, category: product.category.name, qty: batch.qty },
    product.costFen,
  );
}

/** (c) The default tier policy and the default rules, each deal as its per-unit equivalent. */
export const SHELFLOOP_RULES: Policy = {
  key: "c",
  label: "(c) Shelfloop 默认规则",
  priceFen: (context) => {
    const offer = offerFor(context);
    const list = context.product.listPriceFen;
    return offer ? discountedPriceFen(list, offer.percentOff, offer.floorFen) : list;
  },
};

/**
 * (d) The same tiers and rule conditions (which batches, which price floor), but the advisor picks
 * the rung each day. Rungs that would go under the rule's floor are dropped first, so the advisor
 * only weighs prices the pricing engine would actually charge.
 */
export const SHELFLOOP_ADVISOR: Policy = {
  key: "d",
  label: "(d) Shelfloop 规则 + 折扣顾问",
  priceFen: (context) => {
    const offer = offerFor(context);
    const { product, world, day, batch } = context;
    const list = product.listPriceFen;
    if (!offer) return list;
    const ladder = DEFAULT_DISCOUNT_LADDER.filter((d) => discountedPriceFen(list, d) >= offer.floorFen);
    if (ladder.length === 0) return list;
    const today = world.dates[day] ?? "";
    const advice = adviseMarkdown({
      today,
      expiryDate: addDays(world.config.startDate, batch.expiryDay),
      shelfLifeDays: product.shelfLifeDays,
      onHand: batch.qty,
      unitsAhead: context.unitsAhead,
      category: product.category.name,
      history: context.history,
      categoryVelocity: context.categoryVelocity(),
      ladder,
    });
    return discountedPriceFen(list, advice.discountToApplyPercent, offer.floorFen);
  },
};

export const POLICIES: readonly Policy[] = [NO_ACTION, FIXED_HALF_OFF, SHELFLOOP_RULES, SHELFLOOP_ADVISOR];
