import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, describeCoupon, describePromotionTerms, describeTemplateTerms } from "../src";

describe("describeTemplateTerms", () => {
  it("reads each rule type as the merchant says it", () => {
    expect(describeTemplateTerms({ type: "NTH_ITEM_PERCENT_OFF", params: { n: 2, percentOff: 50 } })).toBe(
      "第 2 件 5 折",
    );
    expect(describeTemplateTerms({ type: "SPECIAL_PRICE", params: { pricePercentOfList: 70 } })).toBe(
      "7 折特价",
    );
    expect(describeTemplateTerms({ type: "BUY_X_GET_Y", params: { buyQty: 2, giftQty: 1 } })).toBe(
      "买 2 送 1",
    );
    expect(
      describeTemplateTerms({
        type: "BUNDLE",
        params: { partner: "CATEGORY_BEST_SELLER", bundlePercentOfList: 70 },
      }),
    ).toBe("清仓捆绑：与品类畅销品合购 7 折");
    expect(describeTemplateTerms({ type: "PERCENT_OFF", params: { percentOff: 20 } })).toBe("直降 20%");
  });

  it("writes 折 with a decimal only when needed, and a free n-th unit as 免费", () => {
    expect(describeTemplateTerms({ type: "SPECIAL_PRICE", params: { pricePercentOfList: 75 } })).toBe(
      "7.5 折特价",
    );
    expect(describeTemplateTerms({ type: "SPECIAL_PRICE", params: { pricePercentOfList: 5 } })).toBe(
      "0.5 折特价",
    );
    expect(describeTemplateTerms({ type: "NTH_ITEM_PERCENT_OFF", params: { n: 3, percentOff: 100 } })).toBe(
      "第 3 件免费",
    );
    expect(describeTemplateTerms({ type: "NTH_ITEM_PERCENT_OFF", params: { n: 2, percentOff: 40 } })).toBe(
      "第 2 件 6 折",
    );
  });

  it("describes the default rules", () => {
    expect(DEFAULT_RULES.map((rule) => describeTemplateTerms(rule.template.terms))).toEqual([
      "清仓捆绑：与品类畅销品合购 7 折",
      "第 2 件 5 折",
    ]);
  });
});

describe("describePromotionTerms", () => {
  it("shows resolved prices in yuan", () => {
    expect(describePromotionTerms({ type: "SPECIAL_PRICE", params: { unitPriceFen: 879 } })).toBe(
      "特价 ¥8.79",
    );
    expect(
      describePromotionTerms(
        { type: "BUNDLE", params: { partnerProductId: "p2", bundlePriceFen: 1750 } },
        { partnerName: "鲜牛奶 950ml" },
      ),
    ).toBe("与「鲜牛奶 950ml」捆绑 ¥17.50");
    expect(describePromotionTerms({ type: "PERCENT_OFF", params: { percentOff: 15 } })).toBe("直降 15%");
    expect(describePromotionTerms({ type: "NTH_ITEM_PERCENT_OFF", params: { n: 2, percentOff: 50 } })).toBe(
      "第 2 件 5 折",
    );
  });

  it("names the partner or gift only when it is known", () => {
    expect(
      describePromotionTerms({ type: "BUNDLE", params: { partnerProductId: "p2", bundlePriceFen: 123_456 } }),
    ).toBe("与搭配商品捆绑 ¥1,234.56");
    const gift = { type: "BUY_X_GET_Y", params: { buyQty: 2, giftProductId: "p1", giftQty: 1 } } as const;
    expect(describePromotionTerms(gift)).toBe("买 2 送 1");
    expect(describePromotionTerms(gift, { partnerName: null })).toBe("买 2 送 1");
    expect(describePromotionTerms(gift, { partnerName: "酸奶" })).toBe("买 2 送 1（赠「酸奶」）");
  });
});

describe("describeCoupon", () => {
  it("reads a threshold and the saving", () => {
    expect(describeCoupon({ type: "AMOUNT_OFF", params: { amountFen: 500 } }, 2000)).toBe(
      "满 ¥20.00 减 ¥5.00",
    );
    expect(describeCoupon({ type: "PERCENT_OFF", params: { percentOff: 10 } }, 5000)).toBe(
      "满 ¥50.00 打 9 折",
    );
  });

  it("says when there is no threshold", () => {
    expect(describeCoupon({ type: "AMOUNT_OFF", params: { amountFen: 300 } }, 0)).toBe("无门槛减 ¥3.00");
    expect(describeCoupon({ type: "PERCENT_OFF", params: { percentOff: 15 } }, 0)).toBe("无门槛打 8.5 折");
  });
});
