import {
  type CalendarDate,
  formatFen,
  type MarginRule,
  type PromotionMargin,
  type PromotionTemplate,
  type PromotionTerms,
  promotionMargin,
  resolveTerms,
} from "@shelfloop/core";
import type { Tx } from "../../scope";
import { batchMarkdownAdvice } from "../advisor/batch-advice";
import type { BestSeller, FindBestSeller } from "./best-seller";

/** The promoted product's prices. */
export interface DealProduct {
  id: string;
  listPriceFen: number;
  costFen: number;
}

export type Deal =
  | { ok: true; terms: PromotionTerms; margin: PromotionMargin }
  | { ok: false; reason: string };

/** One full deal of stored terms as the pricing engine sells it, with today's prices. */
export function marginOf(
  terms: PromotionTerms,
  rule: MarginRule,
  product: DealProduct,
  partner: Pick<BestSeller, "listPriceFen" | "costFen"> | null,
): PromotionMargin {
  return promotionMargin({
    listPriceFen: product.listPriceFen,
    costFen: product.costFen,
    promotion: { ...terms, ...rule, productId: product.id },
    ...(partner ? { partner } : {}),
  });
}

/**
 * A template's terms resolved for one product (a bundle's partner being the category's best-seller),
 * with the margin of one deal; or why no promotion can be made of it.
 */
export async function dealFor(
  tx: Tx,
  findBestSeller: FindBestSeller,
  template: PromotionTemplate,
  product: DealProduct & { category: string },
  batch: { id: string; today: CalendarDate },
): Promise<Deal> {
  const partner = template.terms.type === "BUNDLE" ? await findBestSeller(tx, product) : null;
  // An advisor-priced rule asks the markdown advisor for this batch's rung (what to run even when none suffices).
  const advisedPercentOff =
    template.terms.type === "ADVISOR_PERCENT_OFF"
      ? (await batchMarkdownAdvice(tx, batch.id, batch.today)).discountToApplyPercent
      : null;
  const resolved = resolveTerms(template.terms, {
    productId: product.id,
    listPriceFen: product.listPriceFen,
    partner,
    advisedPercentOff,
  });
  if (!resolved.ok) return resolved;
  try {
    return { ok: true, terms: resolved.terms, margin: marginOf(resolved.terms, template, product, partner) };
  } catch (error) {
    // The engine refuses terms it cannot price (RangeError): a reason to make no promotion, not a crash.
    if (error instanceof RangeError) return { ok: false, reason: error.message };
    throw error;
  }
}

/** List value given away on `reservedQty` units: per deal (list − charged) over the units of a deal. */
function markdownFen(margin: PromotionMargin, reservedQty: number): number {
  return Math.ceil(((margin.listFen - margin.chargedFen) * reservedQty) / margin.dealQuantity);
}

/**
 * The auto-approval policy: the deal sells as configured (no margin-floor clamp) and the markdown of
 * the reserved units is within the template's limit. Returns the decision's note, or null when a
 * manager must decide.
 */
export function autoApproval(
  template: PromotionTemplate,
  margin: PromotionMargin,
  reservedQty: number,
): string | null {
  const limit = template.autoApproveMaxMarkdownFen;
  if (limit === null || margin.action !== "APPLY") return null;
  const markdown = markdownFen(margin, reservedQty);
  if (markdown > limit) return null;
  return `自动审批：不低于毛利底线，锁定库存让利 ${formatFen(markdown)}（上限 ${formatFen(limit)}）`;
}
