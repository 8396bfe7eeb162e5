import { DEFAULT_RULES } from "@shelfloop/core";
import { describe, expect, it } from "vitest";
import { draftOf, previewBlocker, ruleOf } from "./rule-form-values";

const [red, yellow] = DEFAULT_RULES;
if (!red || !yellow) throw new Error("default rules missing");
const spec = (rule: typeof yellow) => ({
  name: rule.name,
  condition: rule.condition,
  template: rule.template,
});

describe("the rule form", () => {
  it("round-trips the default rules, coupon and auto-approval in yuan", () => {
    const draft = draftOf(spec(yellow));
    expect(draft.coupon).toMatchObject({ amountYuan: "5.00", minSpendYuan: "20.00", perCustomerLimit: "1" });
    expect(draft.autoApproveYuan).toBe("200.00");
    expect(ruleOf(draft)).toEqual({ spec: spec(yellow), errors: {} });
    expect(ruleOf(draftOf(spec(red)))).toEqual({ spec: spec(red), errors: {} });
  });

  it("keeps each type's params when switching type and back", () => {
    const draft = draftOf(spec(yellow));
    draft.params.NTH_ITEM_PERCENT_OFF.percentOff = "40";
    const asSpecial = ruleOf({ ...draft, termsType: "SPECIAL_PRICE" }).spec.template.terms;
    expect(asSpecial).toEqual({ type: "SPECIAL_PRICE", params: { pricePercentOfList: 70 } });
    expect(ruleOf(draft).spec.template.terms).toEqual({
      type: "NTH_ITEM_PERCENT_OFF",
      params: { n: 2, percentOff: 40 },
    });
  });

  it("names bad fields by the server's dotted paths, yuan parse errors first", () => {
    const draft = draftOf(spec(yellow));
    draft.params.NTH_ITEM_PERCENT_OFF.percentOff = "5.5";
    draft.coupon.amountYuan = "5.555";
    draft.autoApproveYuan = "";
    draft.channels = [];
    const { spec: built, errors } = ruleOf(draft);
    expect(built.template.autoApproveMaxMarkdownFen).toBeNull();
    expect(errors).toEqual({
      "template.terms.params.percentOff": expect.stringContaining("1–100"),
      "template.coupon.terms.params.amountFen": expect.stringContaining("两位小数"),
      "template.channels": "至少选择一个销售渠道",
    });
  });

  it("drops the coupon when unticked but remembers its fields", () => {
    const draft = { ...draftOf(spec(yellow)), withCoupon: false };
    expect(ruleOf(draft).spec.template.coupon).toBeNull();
    expect(ruleOf({ ...draft, withCoupon: true }).spec.template.coupon).toEqual(yellow.template.coupon);
  });

  it("starts a new rule with no tier, which only the name and tiers stop", () => {
    const { errors } = ruleOf(draftOf(null));
    expect(Object.keys(errors).sort()).toEqual(["condition.tiers", "name"]);
    expect(previewBlocker(errors)).toBe("至少选择一个预警级别");
    expect(previewBlocker({ name: "规则名称为 1–50 个字符" })).toBeNull();
  });

  it("reads full-width digits and refuses blanks", () => {
    const draft = { ...draftOf(spec(yellow)), durationDays: "１４", minQtyOnHand: "" };
    const { spec: built, errors } = ruleOf(draft);
    expect(built.template.durationDays).toBe(14);
    expect(errors).toEqual({ "condition.minQtyOnHand": "最低在库数量应为正整数" });
  });
});
