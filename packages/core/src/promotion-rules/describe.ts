import { formatFen } from "../money";
import type { CouponTerms, PromotionTerms } from "../pricing/types";
import type { TemplateTerms } from "./types";

/** A share of the list price as Chinese discount 折: 70 → "7", 75 → "7.5", 5 → "0.5". */
export function zhe(percentOfList: number): string {
  const tenths = percentOfList % 10;
  return tenths === 0 ? String(percentOfList / 10) : `${Math.floor(percentOfList / 10)}.${tenths}`;
}

/** "第 2 件 5 折", or "第 2 件免费" when the n-th unit is given away (100% off). */
const nthItem = (n: number, percentOff: number) =>
  percentOff >= 100 ? `第 ${n} 件免费` : `第 ${n} 件 ${zhe(100 - percentOff)} 折`;

/** A rule's terms in one line, as the merchant reads them: "第 2 件 5 折", "7 折特价", "买 2 送 1". */
export function describeTemplateTerms(terms: TemplateTerms): string {
  switch (terms.type) {
    case "SPECIAL_PRICE":
      return `${zhe(terms.params.pricePercentOfList)} 折特价`;
    case "PERCENT_OFF":
      return `直降 ${terms.params.percentOff}%`;
    case "ADVISOR_PERCENT_OFF":
      return `折扣顾问定价（最多直降 ${terms.params.maxPercentOff}%）`;
    case "NTH_ITEM_PERCENT_OFF":
      return nthItem(terms.params.n, terms.params.percentOff);
    case "BUY_X_GET_Y":
      return `买 ${terms.params.buyQty} 送 ${terms.params.giftQty}`;
    case "BUNDLE":
      return `清仓捆绑：与品类畅销品合购 ${zhe(terms.params.bundlePercentOfList)} 折`;
  }
}

/**
 * A promotion's resolved terms in one line with prices in yuan ("特价 ¥8.79", "与「鲜牛奶」捆绑 ¥17.50"),
 * for the console and the mini-program. `partnerName` is the bundle partner or a gift of another product.
 */
export function describePromotionTerms(terms: PromotionTerms, options: { partnerName?: string | null } = {}) {
  const partner = options.partnerName;
  switch (terms.type) {
    case "SPECIAL_PRICE":
      return `特价 ${formatFen(terms.params.unitPriceFen)}`;
    case "PERCENT_OFF":
      return `直降 ${terms.params.percentOff}%`;
    case "NTH_ITEM_PERCENT_OFF":
      return nthItem(terms.params.n, terms.params.percentOff);
    case "BUY_X_GET_Y": {
      const deal = `买 ${terms.params.buyQty} 送 ${terms.params.giftQty}`;
      return partner ? `${deal}（赠「${partner}」）` : deal;
    }
    case "BUNDLE":
      return `与${partner ? `「${partner}」` : "搭配商品"}捆绑 ${formatFen(terms.params.bundlePriceFen)}`;
  }
}

/** A coupon in one line: "满 ¥20.00 减 ¥5.00", "满 ¥50.00 打 9 折", "无门槛减 ¥3.00". */
export function describeCoupon(terms: CouponTerms, minSpendFen: number): string {
  const threshold = minSpendFen > 0 ? `满 ${formatFen(minSpendFen)} ` : "无门槛";
  return terms.type === "AMOUNT_OFF"
    ? `${threshold}减 ${formatFen(terms.params.amountFen)}`
    : `${threshold}打 ${zhe(100 - terms.params.percentOff)} 折`;
}
