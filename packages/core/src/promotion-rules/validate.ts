import {
  CHANNELS,
  type PromotionTemplate,
  type RuleCondition,
  type RuleSpec,
  type TemplateTerms,
} from "./types";

export interface RuleError {
  /** Dotted path of the offending field, e.g. "template.terms.params.percentOff". */
  readonly field: string;
  readonly message: string;
}

type Check = (ok: boolean, field: string, message: string) => void;

const isInt = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string" && item.length > 0);

function checkTerms(terms: TemplateTerms, check: Check) {
  const p = terms.params as Record<string, unknown>;
  const percent = (key: string, min: number, max: number, label: string) =>
    check(
      isInt(p[key]) && (p[key] as number) >= min && (p[key] as number) <= max,
      `template.terms.params.${key}`,
      `${label}应为 ${min}–${max} 的整数`,
    );
  switch (terms.type) {
    case "SPECIAL_PRICE":
      return percent("pricePercentOfList", 1, 99, "特价（标价的百分比）");
    case "PERCENT_OFF":
      return percent("percentOff", 1, 99, "折扣百分比");
    case "ADVISOR_PERCENT_OFF":
      return percent("maxPercentOff", 1, 90, "折扣顾问的最大折扣百分比");
    case "NTH_ITEM_PERCENT_OFF":
      percent("n", 2, 10, "第 N 件");
      return percent("percentOff", 1, 100, "第 N 件的折扣百分比");
    case "BUY_X_GET_Y":
      percent("buyQty", 1, 20, "买几件");
      return percent("giftQty", 1, 20, "送几件");
    case "BUNDLE":
      check(
        p.partner === "CATEGORY_BEST_SELLER",
        "template.terms.params.partner",
        "捆绑搭配品只能是品类畅销品",
      );
      return percent("bundlePercentOfList", 1, 99, "捆绑价（两件标价合计的百分比）");
    default:
      check(false, "template.terms.type", "不支持的促销类型");
  }
}

function checkCondition(condition: RuleCondition, check: Check) {
  check(
    isStringList(condition.tiers) && condition.tiers.length > 0,
    "condition.tiers",
    "至少选择一个预警级别",
  );
  check(!condition.tiers?.includes?.("EXPIRED"), "condition.tiers", "过期批次禁止销售，不能设置促销");
  check(isStringList(condition.categories), "condition.categories", "品类格式无效");
  check(isStringList(condition.productIds), "condition.productIds", "商品格式无效");
  check(isStringList(condition.warehouseIds), "condition.warehouseIds", "仓库格式无效");
  check(
    isInt(condition.minQtyOnHand) && condition.minQtyOnHand >= 1,
    "condition.minQtyOnHand",
    "最低在库数量应为正整数",
  );
}

function checkTemplate(template: PromotionTemplate, check: Check) {
  checkTerms(template.terms, check);
  check(
    isInt(template.durationDays) && template.durationDays >= 1 && template.durationDays <= 90,
    "template.durationDays",
    "促销天数应为 1–90",
  );
  check(
    Array.isArray(template.channels) &&
      template.channels.length > 0 &&
      template.channels.every((c) => CHANNELS.includes(c)),
    "template.channels",
    "至少选择一个销售渠道",
  );
  check(
    isInt(template.reserveSharePercent) &&
      template.reserveSharePercent >= 1 &&
      template.reserveSharePercent <= 100,
    "template.reserveSharePercent",
    "锁定库存比例应为 1–100",
  );
  check(
    isInt(template.marginFloorPercent) &&
      template.marginFloorPercent >= 0 &&
      template.marginFloorPercent <= 300,
    "template.marginFloorPercent",
    "毛利底线应为成本的 0–300%",
  );
  check(
    template.allowBelowCost || template.marginFloorPercent >= 100,
    "template.marginFloorPercent",
    "低于成本（底线 < 100%）需要勾选“允许低于成本清仓”",
  );
  check(
    template.autoApproveMaxMarkdownFen === null ||
      (isInt(template.autoApproveMaxMarkdownFen) && template.autoApproveMaxMarkdownFen >= 0),
    "template.autoApproveMaxMarkdownFen",
    "自动审批上限应为非负金额",
  );
  const coupon = template.coupon;
  if (!coupon) return;
  const terms = coupon.terms;
  if (terms.type === "AMOUNT_OFF") {
    check(
      isInt(terms.params.amountFen) && terms.params.amountFen >= 1,
      "template.coupon.terms.params.amountFen",
      "优惠券面额应为正数",
    );
  } else {
    check(
      isInt(terms.params.percentOff) && terms.params.percentOff >= 1 && terms.params.percentOff <= 99,
      "template.coupon.terms.params.percentOff",
      "优惠券折扣应为 1–99",
    );
  }
  check(
    isInt(coupon.minSpendFen) && coupon.minSpendFen >= 0,
    "template.coupon.minSpendFen",
    "使用门槛应为非负金额",
  );
  check(
    isInt(coupon.quantity) && coupon.quantity >= 1 && coupon.quantity <= 10_000,
    "template.coupon.quantity",
    "发券数量应为 1–10000",
  );
  check(
    coupon.perCustomerLimit === null || (isInt(coupon.perCustomerLimit) && coupon.perCustomerLimit >= 1),
    "template.coupon.perCustomerLimit",
    "每人限用次数应为正整数",
  );
}

/** Checks a rule as the console submits it; every problem is reported with its field. */
export function validateRuleSpec(spec: RuleSpec): { ok: true } | { ok: false; errors: RuleError[] } {
  const errors: RuleError[] = [];
  const check: Check = (ok, field, message) => {
    if (!ok) errors.push({ field, message });
  };
  check(
    typeof spec.name === "string" && spec.name.trim().length > 0 && spec.name.length <= 50,
    "name",
    "规则名称为 1–50 个字符",
  );
  checkCondition(spec.condition, check);
  checkTemplate(spec.template, check);
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
