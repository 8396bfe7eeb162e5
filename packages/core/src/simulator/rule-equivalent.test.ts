import { describe, expect, it } from "vitest";
import { defaultRuleOffer, discountedPriceFen, equivalentPercentOff } from "./rule-equivalent";

describe("equivalentPercentOff", () => {
  it("turns each deal into a per-unit percent", () => {
    expect(equivalentPercentOff({ type: "NTH_ITEM_PERCENT_OFF", params: { n: 2, percentOff: 50 } })).toBe(25);
    expect(equivalentPercentOff({ type: "NTH_ITEM_PERCENT_OFF", params: { n: 3, percentOff: 100 } })).toBe(
      33,
    );
    expect(equivalentPercentOff({ type: "BUY_X_GET_Y", params: { buyQty: 2, giftQty: 1 } })).toBe(33);
    expect(
      equivalentPercentOff({
        type: "BUNDLE",
        params: { partner: "CATEGORY_BEST_SELLER", bundlePercentOfList: 70 },
      }),
    ).toBe(30);
    expect(equivalentPercentOff({ type: "SPECIAL_PRICE", params: { pricePercentOfList: 85 } })).toBe(15);
    expect(equivalentPercentOff({ type: "PERCENT_OFF", params: { percentOff: 20 } })).toBe(20);
  });
});

describe("defaultRuleOffer", () => {
  const batch = { productId: "P001", category: "乳制品", qty: 5 };

  it("maps the default rules: 关注 → 25 % at cost, 紧急 → 30 % down to 80 % of cost", () => {
    expect(defaultRuleOffer({ ...batch, tier: "YELLOW" }, 701)).toMatchObject({
      percentOff: 25,
      floorFen: 701,
    });
    // 701 × 80 / 100 = 560.8, rounded up to 561.
    expect(defaultRuleOffer({ ...batch, tier: "RED" }, 701)).toMatchObject({ percentOff: 30, floorFen: 561 });
  });

  it("offers nothing in 正常, or under the rules' minimum of 2 units", () => {
    expect(defaultRuleOffer({ ...batch, tier: "NORMAL" }, 700)).toBeNull();
    expect(defaultRuleOffer({ ...batch, tier: "RED", qty: 1 }, 700)).toBeNull();
  });
});

describe("discountedPriceFen", () => {
  it("rounds half up and holds the floor", () => {
    expect(discountedPriceFen(999, 25)).toBe(749); // 749.25
    expect(discountedPriceFen(1000, 50, 600)).toBe(600);
    expect(discountedPriceFen(1000, 10, 1200)).toBe(1000);
  });
});
