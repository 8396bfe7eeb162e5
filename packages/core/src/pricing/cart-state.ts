import type { ContextLine, PricingContext } from "./context";
import { type Draw, StockLedger, unitsOf } from "./stock";
import type { ActivePromotion, PricingProduct } from "./types";

/** A line priced under one candidate choice of promotions, before any coupon. */
export interface LineResult {
  readonly line: ContextLine;
  readonly promotion: ActivePromotion | null;
  readonly promoted: readonly Draw[];
  readonly regular: readonly Draw[];
  readonly quantity: number;
  readonly shortQty: number;
  readonly subtotalFen: number;
  readonly discountFen: number;
  /** The least the line may total under its promotion's margin floor; 0 without a promotion. */
  readonly floorFen: number;
}

export interface GiftResult {
  readonly promotion: ActivePromotion;
  readonly product: PricingProduct;
  readonly draws: readonly Draw[];
}

export interface ItemPricing {
  readonly lines: readonly LineResult[];
  readonly gifts: readonly GiftResult[];
  readonly warnings: readonly string[];
  /** After promotions, before any coupon. */
  readonly totalFen: number;
  /** Promotion discounts plus the list value of gifts. */
  readonly discountFen: number;
}

interface LineWork {
  outstanding: number;
  readonly promoted: Draw[];
  discountFen: number;
  floorFen: number;
}

/** Stock and line figures while the promotions of one candidate choice are applied. */
export class CartState {
  readonly #ctx: PricingContext;
  readonly #ledger: StockLedger;
  readonly #work: LineWork[];
  readonly #gifts: GiftResult[] = [];
  readonly #warnings: string[] = [];

  constructor(ctx: PricingContext) {
    this.#ctx = ctx;
    this.#ledger = new StockLedger(ctx.batches);
    this.#work = ctx.lines.map((line) => ({
      outstanding: line.requested,
      promoted: [],
      discountFen: 0,
      floorFen: 0,
    }));
  }

  /** The line of a product the candidate screening guarantees is in the cart. */
  lineOf(productId: string): ContextLine {
    const line = this.#ctx.lineOf.get(productId);
    if (!line) throw new Error(`购物车中没有商品 ${productId}`);
    return line;
  }

  product(productId: string): PricingProduct {
    const product = this.#ctx.products.get(productId);
    if (!product) throw new Error(`未知商品: ${productId}`);
    return product;
  }

  /** Units of the line not drawn yet. */
  outstanding(line: ContextLine): number {
    return this.#workOf(line).outstanding;
  }

  /** Units of the promoted batch still sellable on the promotion's terms. */
  promotedStock(promotion: ActivePromotion): number {
    return Math.min(promotion.reservedQty, this.#ledger.available(promotion.batchId));
  }

  available(batchId: string): number {
    return this.#ledger.available(batchId);
  }

  stockOf(productId: string): number {
    return this.#ledger.totalFor(productId);
  }

  /**
   * Stock of a product that no paid unit in the cart still needs: the only stock a gift may take,
   * so a gift never leaves a paying line short (its paid units move on to the next batch instead).
   */
  spare(productId: string): number {
    const line = this.#ctx.lineOf.get(productId);
    return Math.max(0, this.stockOf(productId) - (line ? this.outstanding(line) : 0));
  }

  /** Draws up to `max` of the line's outstanding units from one batch, on the promotion's terms. */
  drawPromoted(line: ContextLine, batchId: string, max: number): number {
    return this.#record(line, this.#ledger.take(batchId, Math.min(max, this.outstanding(line))));
  }

  /** Like drawPromoted, FEFO over the product's batches (a bundle's partner). */
  drawPromotedFefo(line: ContextLine, max: number): number {
    return this.#record(line, this.#ledger.takeFefo(line.productId, Math.min(max, this.outstanding(line))));
  }

  setDiscount(line: ContextLine, discountFen: number, floorFen: number): void {
    const work = this.#workOf(line);
    work.discountFen = discountFen;
    work.floorFen = floorFen;
  }

  /** Gives `quantity` units from `batchId`, or FEFO over the product when null. */
  gift(promotion: ActivePromotion, productId: string, batchId: string | null, quantity: number): void {
    if (quantity === 0) return;
    const draws =
      batchId === null ? this.#ledger.takeFefo(productId, quantity) : this.#ledger.take(batchId, quantity);
    this.#gifts.push({ promotion, product: this.product(productId), draws });
  }

  warn(message: string): void {
    this.#warnings.push(message);
  }

  /** Draws every line's remaining units FEFO at list price and totals the result. */
  finish(owners: readonly (ActivePromotion | null)[]): ItemPricing {
    const lines = this.#ctx.lines.map((line): LineResult => {
      const work = this.#workOf(line);
      const regular = this.#ledger.takeFefo(line.productId, work.outstanding);
      const quantity = unitsOf(work.promoted) + unitsOf(regular);
      return {
        line,
        promotion: owners[line.index] ?? null,
        promoted: work.promoted,
        regular,
        quantity,
        shortQty: line.requested - quantity,
        subtotalFen: quantity * line.product.listPriceFen,
        discountFen: work.discountFen,
        floorFen: work.floorFen,
      };
    });
    const giftValue = this.#gifts.reduce(
      (acc, gift) => acc + unitsOf(gift.draws) * gift.product.listPriceFen,
      0,
    );
    const lineDiscount = lines.reduce((acc, line) => acc + line.discountFen, 0);
    return {
      lines,
      gifts: this.#gifts,
      warnings: this.#warnings,
      totalFen: lines.reduce((acc, line) => acc + line.subtotalFen, 0) - lineDiscount,
      discountFen: lineDiscount + giftValue,
    };
  }

  #record(line: ContextLine, draws: readonly Draw[]): number {
    const work = this.#workOf(line);
    const units = unitsOf(draws);
    work.promoted.push(...draws);
    work.outstanding -= units;
    return units;
  }

  #workOf(line: ContextLine): LineWork {
    const work = this.#work[line.index];
    if (!work) throw new Error(`没有第 ${line.index} 行`);
    return work;
  }
}
