import {
  CHANNELS,
  type Channel,
  type CouponTemplate,
  type CouponTerms,
  fenToYuanText,
  parseYuanToFen,
  type RuleSpec,
  type TemplateTerms,
  validateRuleSpec,
} from "@shelfloop/core";

export type TermsType = TemplateTerms["type"];
/** Messages by the dotted field path the server uses too, e.g. "template.terms.params.percentOff". */
export type FieldErrors = Record<string, string>;

/** Each type's whole-number params, with the values a type starts from when first chosen. */
export const TERMS_PARAMS: Record<TermsType, Record<string, number>> = {
  NTH_ITEM_PERCENT_OFF: { n: 2, percentOff: 50 },
  SPECIAL_PRICE: { pricePercentOfList: 70 },
  PERCENT_OFF: { percentOff: 20 },
  ADVISOR_PERCENT_OFF: { maxPercentOff: 50 },
  BUY_X_GET_Y: { buyQty: 2, giftQty: 1 },
  BUNDLE: { bundlePercentOfList: 70 },
};
export const TERMS_TYPES = Object.keys(TERMS_PARAMS) as TermsType[];

/** The form as typed: numbers and yuan stay text until the rule is built, so nothing is rounded. */
export interface RuleDraft {
  name: string;
  tiers: string[];
  categories: string[];
  warehouseIds: string[];
  /** Not editable in the console; kept as the rule has it. */
  productIds: readonly string[];
  minQtyOnHand: string;
  termsType: TermsType;
  /** Param text of every type, so switching type and back keeps what was typed. */
  params: Record<TermsType, Record<string, string>>;
  durationDays: string;
  channels: Channel[];
  reserveSharePercent: string;
  stacksWithCoupon: boolean;
  marginFloorPercent: string;
  allowBelowCost: boolean;
  /** The coupon fields stay filled while unticked, so ticking again restores them. */
  withCoupon: boolean;
  coupon: {
    type: CouponTerms["type"];
    amountYuan: string;
    percentOff: string;
    minSpendYuan: string;
    quantity: string;
    perCustomerLimit: string;
  };
  /** Yuan; blank: every promotion waits for a manager. */
  autoApproveYuan: string;
}

const NEW_RULE: RuleSpec = {
  name: "",
  condition: { tiers: [], categories: [], productIds: [], warehouseIds: [], minQtyOnHand: 2 },
  template: {
    terms: { type: "NTH_ITEM_PERCENT_OFF", params: { n: 2, percentOff: 50 } },
    durationDays: 14,
    channels: [...CHANNELS],
    reserveSharePercent: 50,
    stacksWithCoupon: true,
    marginFloorPercent: 100,
    allowBelowCost: false,
    coupon: null,
    autoApproveMaxMarkdownFen: null,
  },
};
const NEW_COUPON: CouponTemplate = {
  terms: { type: "AMOUNT_OFF", params: { amountFen: 500 } },
  minSpendFen: 2000,
  quantity: 50,
  perCustomerLimit: 1,
};

const text = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : String(value);

/** A rule as the form shows it; a new rule starts as 第 2 件 5 折 on every channel. */
export function draftOf(rule: RuleSpec | null): RuleDraft {
  const { name, condition, template } = rule ?? NEW_RULE;
  const params = Object.fromEntries(
    TERMS_TYPES.map((type) => {
      const own = (type === template.terms.type ? template.terms.params : {}) as Record<string, unknown>;
      const values = Object.entries(TERMS_PARAMS[type]).map(([key, start]) => [
        key,
        text(typeof own[key] === "number" ? own[key] : start),
      ]);
      return [type, Object.fromEntries(values)];
    }),
  ) as RuleDraft["params"];
  const coupon = template.coupon ?? NEW_COUPON;
  return {
    name,
    tiers: [...condition.tiers],
    categories: [...condition.categories],
    warehouseIds: [...condition.warehouseIds],
    productIds: condition.productIds,
    minQtyOnHand: text(condition.minQtyOnHand),
    termsType: template.terms.type,
    params,
    durationDays: text(template.durationDays),
    channels: [...template.channels],
    reserveSharePercent: text(template.reserveSharePercent),
    stacksWithCoupon: template.stacksWithCoupon,
    marginFloorPercent: text(template.marginFloorPercent),
    allowBelowCost: template.allowBelowCost,
    withCoupon: template.coupon !== null,
    coupon: {
      type: coupon.terms.type,
      amountYuan: coupon.terms.type === "AMOUNT_OFF" ? fenToYuanText(coupon.terms.params.amountFen) : "5.00",
      percentOff: coupon.terms.type === "PERCENT_OFF" ? text(coupon.terms.params.percentOff) : "10",
      minSpendYuan: fenToYuanText(coupon.minSpendFen),
      quantity: text(coupon.quantity),
      perCustomerLimit: text(coupon.perCustomerLimit),
    },
    autoApproveYuan:
      template.autoApproveMaxMarkdownFen === null ? "" : fenToYuanText(template.autoApproveMaxMarkdownFen),
  };
}

/** A whole number as typed (full-width digits too); anything else is NaN, which validation names. */
const wholeNumber = (value: string) => {
  const plain = value.normalize("NFKC").trim();
  return /^\d+$/.test(plain) ? Number(plain) : Number.NaN;
};

function termsOf(type: TermsType, params: Record<string, string>): TemplateTerms {
  const n = (key: string) => wholeNumber(params[key] ?? "");
  switch (type) {
    case "SPECIAL_PRICE":
      return { type, params: { pricePercentOfList: n("pricePercentOfList") } };
    case "PERCENT_OFF":
      return { type, params: { percentOff: n("percentOff") } };
    case "ADVISOR_PERCENT_OFF":
      return { type, params: { maxPercentOff: n("maxPercentOff") } };
    case "NTH_ITEM_PERCENT_OFF":
      return { type, params: { n: n("n"), percentOff: n("percentOff") } };
    case "BUY_X_GET_Y":
      return { type, params: { buyQty: n("buyQty"), giftQty: n("giftQty") } };
    case "BUNDLE":
      return {
        type,
        params: { partner: "CATEGORY_BEST_SELLER", bundlePercentOfList: n("bundlePercentOfList") },
      };
  }
}

/**
 * The rule the form describes and what is wrong with it, by field: yuan parsed by string arithmetic
 * into fen, then the same validateRuleSpec the server runs, so mistakes show before saving and the
 * preview only ever asks about a valid rule.
 */
export function ruleOf(draft: RuleDraft): { spec: RuleSpec; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const fen = (value: string, field: string) => {
    const parsed = parseYuanToFen(value.trim());
    if ("value" in parsed) return parsed.value;
    errors[field] = parsed.error;
    return Number.NaN;
  };
  const { coupon } = draft;
  const spec: RuleSpec = {
    name: draft.name.trim(),
    condition: {
      tiers: draft.tiers,
      categories: draft.categories,
      productIds: draft.productIds,
      warehouseIds: draft.warehouseIds,
      minQtyOnHand: wholeNumber(draft.minQtyOnHand),
    },
    template: {
      terms: termsOf(draft.termsType, draft.params[draft.termsType]),
      durationDays: wholeNumber(draft.durationDays),
      channels: draft.channels,
      reserveSharePercent: wholeNumber(draft.reserveSharePercent),
      stacksWithCoupon: draft.stacksWithCoupon,
      marginFloorPercent: wholeNumber(draft.marginFloorPercent),
      allowBelowCost: draft.allowBelowCost,
      coupon: draft.withCoupon
        ? {
            terms:
              coupon.type === "AMOUNT_OFF"
                ? {
                    type: "AMOUNT_OFF",
                    params: { amountFen: fen(coupon.amountYuan, "template.coupon.terms.params.amountFen") },
                  }
                : { type: "PERCENT_OFF", params: { percentOff: wholeNumber(coupon.percentOff) } },
            minSpendFen: fen(coupon.minSpendYuan, "template.coupon.minSpendFen"),
            quantity: wholeNumber(coupon.quantity),
            perCustomerLimit:
              coupon.perCustomerLimit.trim() === "" ? null : wholeNumber(coupon.perCustomerLimit),
          }
        : null,
      autoApproveMaxMarkdownFen:
        draft.autoApproveYuan.trim() === ""
          ? null
          : fen(draft.autoApproveYuan, "template.autoApproveMaxMarkdownFen"),
    },
  };
  const checked = validateRuleSpec(spec);
  // A yuan field that did not parse keeps its parse message rather than validation's "应为非负金额".
  if (!checked.ok) for (const error of checked.errors) errors[error.field] ??= error.message;
  return { spec, errors };
}

/** The preview asks about the condition and template only: a missing name does not stop it. */
export const previewBlocker = (errors: FieldErrors): string | null =>
  Object.entries(errors).find(([field]) => field !== "name")?.[1] ?? null;

/** Every field the form shows a message next to; a refusal naming any other goes above the buttons. */
export const FORM_FIELDS: readonly string[] = [
  "name",
  "condition.tiers",
  "condition.categories",
  "condition.warehouseIds",
  "condition.minQtyOnHand",
  ...new Set(
    Object.values(TERMS_PARAMS).flatMap((params) =>
      Object.keys(params).map((key) => `template.terms.params.${key}`),
    ),
  ),
  "template.durationDays",
  "template.channels",
  "template.reserveSharePercent",
  "template.marginFloorPercent",
  "template.autoApproveMaxMarkdownFen",
  "template.coupon.terms.params.amountFen",
  "template.coupon.terms.params.percentOff",
  "template.coupon.minSpendFen",
  "template.coupon.quantity",
  "template.coupon.perCustomerLimit",
];
