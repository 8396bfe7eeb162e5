import { isCalendarDate } from "../calendar";
import type { Cart, PricingProduct, StockBatch } from "./types";

/** One product of the cart, its lines merged. */
export interface ContextLine {
  readonly index: number;
  readonly productId: string;
  readonly product: PricingProduct;
  readonly requested: number;
}

/** The cart's inputs checked and indexed once, shared by every candidate pricing. */
export interface PricingContext {
  readonly lines: readonly ContextLine[];
  readonly lineOf: ReadonlyMap<string, ContextLine>;
  readonly products: ReadonlyMap<string, PricingProduct>;
  /** Each product's batches, soonest expiry first. */
  readonly batches: ReadonlyMap<string, readonly StockBatch[]>;
  readonly productOfBatch: ReadonlyMap<string, string>;
}

function requireCount(value: number, label: string, positive = false): void {
  if (!Number.isSafeInteger(value) || value < (positive ? 1 : 0)) {
    throw new RangeError(`${label}必须是${positive ? "正" : "非负"}整数: ${value}`);
  }
}

/**
 * Malformed carts, products or stock are the caller's bug, so they throw; promotions and coupons
 * are data a merchant configured, so those are screened and reported instead (see candidates.ts).
 */
export function buildContext(
  cart: Cart,
  products: readonly PricingProduct[],
  stock: readonly StockBatch[],
): PricingContext {
  const byId = new Map<string, PricingProduct>();
  for (const product of products) {
    if (byId.has(product.id)) throw new RangeError(`商品重复: ${product.id}`);
    requireCount(product.listPriceFen, "标价");
    requireCount(product.costFen, "成本");
    byId.set(product.id, product);
  }

  const merged = new Map<string, { product: PricingProduct; quantity: number }>();
  for (const line of cart.lines) {
    requireCount(line.quantity, "购买数量", true);
    const product = byId.get(line.productId);
    if (!product) throw new RangeError(`未知商品: ${line.productId}`);
    merged.set(line.productId, {
      product,
      quantity: (merged.get(line.productId)?.quantity ?? 0) + line.quantity,
    });
  }
  const lines = [...merged].map(([productId, { product, quantity }], index): ContextLine => {
    if (!Number.isSafeInteger(quantity * product.listPriceFen)) {
      throw new RangeError(`金额超出可计算范围: ${productId}`);
    }
    return { index, productId, product, requested: quantity };
  });

  const batches = new Map<string, StockBatch[]>();
  const productOfBatch = new Map<string, string>();
  for (const batch of stock) {
    if (productOfBatch.has(batch.batchId)) throw new RangeError(`批次重复: ${batch.batchId}`);
    requireCount(batch.available, "可售数量");
    if (!isCalendarDate(batch.expiryDate)) throw new RangeError(`不是有效日期: ${batch.expiryDate}`);
    productOfBatch.set(batch.batchId, batch.productId);
    batches.set(batch.productId, [...(batches.get(batch.productId) ?? []), batch]);
  }
  // A stable sort: FEFO even if the caller's order slipped, the caller's order among equal dates.
  for (const list of batches.values()) list.sort((a, b) => a.expiryDate.localeCompare(b.expiryDate));

  return {
    lines,
    lineOf: new Map(lines.map((line) => [line.productId, line])),
    products: byId,
    batches,
    productOfBatch,
  };
}

/** How warnings name a product. */
export function productLabel(product: PricingProduct): string {
  return product.name ?? product.id;
}
