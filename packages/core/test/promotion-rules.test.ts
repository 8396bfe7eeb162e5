import { describe, expect, it } from "vitest";
import {
  DEFAULT_RULES,
  describeTemplateTerms,
  firstMatchingRule,
  type PromotionTemplate,
  promotionMargin,
  reservationFor,
  resolveTerms,
  ruleMatches,
  validateRuleSpec,
} from "../src";

const batch = { tier: "YELLOW", productId: "p1", category: "乳制品", warehouseId: "w1", qtyAvailable: 10 };
const yellow = DEFAULT_RULES[1];
const red = DEFAULT_RULES[0];
if (!yellow || !red) throw new Error("default rules missing");

describe("rule matching", () => {
  it("needs the tier, and every non-empty filter, and enough free stock", () => {
    const condition = {
      tiers: ["YELLOW"],
      categories: [],
      productIds: [],
      warehouseIds: [],
      minQtyOnHand: 2,
    };
    expect(ruleMatches(condition, batch)).toBe(true);
    expect(ruleMatches(condition, { ...batch, tier: "RED" })).toBe(false);
    expect(ruleMatches({ ...condition, categories: ["烘焙"] }, batch)).toBe(false);
    expect(ruleMatches({ ...condition, warehouseIds: ["w1"], productIds: ["p1"] }, batch)).toBe(true);
    expect(ruleMatches(condition, { ...batch, qtyAvailable: 1 })).toBe(false);
  });

  it("takes the first enabled rule by priority, then id", () => {
    const rules = [
      { id: "b", priority: 5, enabled: true, condition: yellow.condition },
      { id: "a", priority: 5, enabled: true, condition: yellow.condition },
      { id: "0", priority: 1, enabled: false, condition: yellow.condition },
    ];
    expect(firstMatchingRule(rules, batch)?.id).toBe("a");
    expect(firstMatchingRule(rules, { ...batch, tier: "NORMAL" })).toBeNull();
  });
});

describe("resolving a template for one product", () => {
  it("turns shares of the list price into fen, rounding half up", () => {
    expect(
      resolveTerms(
        { type: "SPECIAL_PRICE", params: { pricePercentOfList: 70 } },
        { productId: "p", listPriceFen: 1_255 },
      ),
    ).toEqual({
      ok: true,
      terms: { type: "SPECIAL_PRICE", params: { unitPriceFen: 879 } }, // 878.5 → 879
    });
    expect(
      resolveTerms(red.template.terms, {
        productId: "p",
        listPriceFen: 1_000,
        partner: { productId: "best", listPriceFen: 1_500 },
      }),
    ).toEqual({
      ok: true,
      terms: { type: "BUNDLE", params: { partnerProductId: "best", bundlePriceFen: 1_750 } },
    });
    expect(
      resolveTerms(red.template.terms, { productId: "p", listPriceFen: 1_000, partner: null }),
    ).toMatchObject({ ok: false });
    expect(
      resolveTerms(
        { type: "BUY_X_GET_Y", params: { buyQty: 2, giftQty: 1 } },
        { productId: "p", listPriceFen: 1 },
      ),
    ).toEqual({
      ok: true,
      terms: { type: "BUY_X_GET_Y", params: { buyQty: 2, giftProductId: "p", giftQty: 1 } },
    });
  });

  it("reserves the share of free stock, at least one unit, never more than is free", () => {
    expect(reservationFor(50, 10, 0)).toBe(5);
    expect(reservationFor(50, 10, 8)).toBe(1);
    expect(reservationFor(30, 3, 0)).toBe(1);
    expect(reservationFor(100, 10, 10)).toBe(0);
    expect(reservationFor(100, 7, 2)).toBe(5);
  });

  it("the default yellow rule keeps its margin: 第二件半价 on a 35%-margin product stays above cost", () => {
    const resolved = resolveTerms(yellow.template.terms, { productId: "p", listPriceFen: 1_000 });
    if (!resolved.ok) throw new Error(resolved.reason);
    const margin = promotionMargin({
      listPriceFen: 1_000,
      costFen: 650,
      promotion: { ...resolved.terms, productId: "p", marginFloorPercent: 100, allowBelowCost: false },
    });
    expect(margin).toMatchObject({ dealQuantity: 2, priceFen: 1_500, action: "APPLY", belowCost: false });
  });
});

describe("validating a rule", () => {
  it("accepts the defaults", () => {
    for (const rule of DEFAULT_RULES) expect(validateRuleSpec(rule)).toEqual({ ok: true });
  });

  it("names every bad field", () => {
    const template: PromotionTemplate = {
      ...yellow.template,
      terms: { type: "PERCENT_OFF", params: { percentOff: 0 } },
      channels: [],
      marginFloorPercent: 80,
      allowBelowCost: false,
    };
    const result = validateRuleSpec({
      name: "",
      condition: { ...yellow.condition, tiers: ["EXPIRED"] },
      template,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toEqual([
      "name",
      "condition.tiers",
      "template.terms.params.percentOff",
      "template.channels",
      "template.marginFloorPercent",
    ]);
    expect(result.errors[1]?.message).toBe("过期批次禁止销售，不能设置促销");
  });
});

describe("an advisor-priced rule", () => {
  const terms = { type: "ADVISOR_PERCENT_OFF", params: { maxPercentOff: 30 } } as const;
  const resolve = (advisedPercentOff: number | null) =>
    resolveTerms(terms, { productId: "p", listPriceFen: 1_000, advisedPercentOff });

  it("runs the advisor's rung as a percent off, capped by the rule", () => {
    expect(resolve(20)).toEqual({ ok: true, terms: { type: "PERCENT_OFF", params: { percentOff: 20 } } });
    expect(resolve(50)).toEqual({ ok: true, terms: { type: "PERCENT_OFF", params: { percentOff: 30 } } });
  });

  it("makes no promotion when the batch sells in time at list price, or without advice", () => {
    expect(resolve(0)).toEqual({ ok: false, reason: "折扣顾问：按原价即可在转为紧急前售完，无需促销" });
    expect(resolve(null)).toMatchObject({ ok: false });
  });

  it("describes and validates its cap", () => {
    expect(describeTemplateTerms(terms)).toBe("折扣顾问定价（最多直降 30%）");
    const spec = { ...red, template: { ...red.template, terms } };
    expect(validateRuleSpec(spec)).toEqual({ ok: true });
    const tooDeep = {
      ...spec,
      template: { ...spec.template, terms: { ...terms, params: { maxPercentOff: 95 } } },
    };
    expect(validateRuleSpec(tooDeep)).toMatchObject({
      ok: false,
      errors: [expect.objectContaining({ field: "template.terms.params.maxPercentOff" })],
    });
  });
});
