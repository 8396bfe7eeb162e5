import { daysBetween, isCalendarDate } from "../calendar";
import type { ActivePromotion, MarginRule, PresentedCoupon, PromotionTerms } from "./types";

const PERCENT_PROBLEM = "折扣百分比必须是 1–100 的整数";

function isCount(value: number, min = 0): boolean {
  return Number.isSafeInteger(value) && value >= min;
}

function isPercent(value: number): boolean {
  return isCount(value, 1) && value <= 100;
}

function datesProblem(validFrom: string, validTo: string): string | null {
  if (!isCalendarDate(validFrom) || !isCalendarDate(validTo)) return "有效期不是有效日期";
  return daysBetween(validFrom, validTo) < 0 ? "有效期结束早于开始" : null;
}

/** What is wrong with a promotion's terms and floor on their own, or null. */
export function termsProblem(
  terms: PromotionTerms & MarginRule & { readonly productId: string },
): string | null {
  if (!isCount(terms.marginFloorPercent)) return "成本底线百分比必须是非负整数";
  switch (terms.type) {
    case "SPECIAL_PRICE":
      return isCount(terms.params.unitPriceFen) ? null : "特价必须是非负整数分";
    case "PERCENT_OFF":
      return isPercent(terms.params.percentOff) ? null : PERCENT_PROBLEM;
    case "NTH_ITEM_PERCENT_OFF":
      if (!isCount(terms.params.n, 2)) return "第 N 件的 N 必须是不小于 2 的整数";
      return isPercent(terms.params.percentOff) ? null : PERCENT_PROBLEM;
    case "BUY_X_GET_Y":
      return isCount(terms.params.buyQty, 1) && isCount(terms.params.giftQty, 1)
        ? null
        : "买赠数量必须是正整数";
    case "BUNDLE":
      if (terms.params.partnerProductId === terms.productId) return "组合的搭配商品不能是促销商品本身";
      return isCount(terms.params.bundlePriceFen) ? null : "组合价必须是非负整数分";
  }
}

/** What is wrong with an active promotion as configured, or null. */
export function promotionProblem(promotion: ActivePromotion): string | null {
  if (!isCount(promotion.reservedQty)) return "预留数量必须是非负整数";
  if (!Number.isSafeInteger(promotion.priority)) return "优先级必须是整数";
  if (
    promotion.type === "BUY_X_GET_Y" &&
    promotion.params.giftProductId === promotion.productId &&
    promotion.params.giftBatchId !== undefined &&
    promotion.params.giftBatchId !== promotion.batchId
  ) {
    return "同商品买赠的赠品出自促销批次，不能另指定批次";
  }
  return datesProblem(promotion.validFrom, promotion.validTo) ?? termsProblem(promotion);
}

/** What is wrong with a coupon as issued, or null. */
export function couponProblem(coupon: PresentedCoupon): string | null {
  const value =
    coupon.type === "AMOUNT_OFF" ? isCount(coupon.params.amountFen, 1) : isPercent(coupon.params.percentOff);
  if (!value) return "面额无效";
  if (!isCount(coupon.minSpendFen)) return "最低消费金额无效";
  if (coupon.perCustomerLimit !== null && !isCount(coupon.perCustomerLimit, 1)) return "每人限用次数无效";
  if (!isCount(coupon.usedByCustomer)) return "已用次数无效";
  return datesProblem(coupon.validFrom, coupon.validTo);
}
