import type { StockBatch } from "./types";

/** Units taken from one batch. */
export interface Draw {
  readonly batchId: string;
  readonly quantity: number;
}

export function unitsOf(draws: readonly Draw[]): number {
  return draws.reduce((acc, draw) => acc + draw.quantity, 0);
}

/** What is left of each batch while one cart is priced. */
export class StockLedger {
  readonly #left = new Map<string, number>();
  readonly #byProduct: ReadonlyMap<string, readonly StockBatch[]>;

  /** `byProduct` lists each product's batches in FEFO order. */
  constructor(byProduct: ReadonlyMap<string, readonly StockBatch[]>) {
    this.#byProduct = byProduct;
    for (const batches of byProduct.values()) {
      for (const batch of batches) this.#left.set(batch.batchId, batch.available);
    }
  }

  available(batchId: string): number {
    return this.#left.get(batchId) ?? 0;
  }

  totalFor(productId: string): number {
    return (this.#byProduct.get(productId) ?? []).reduce(
      (acc, batch) => acc + this.available(batch.batchId),
      0,
    );
  }

  /** Up to `quantity` units from one batch. */
  take(batchId: string, quantity: number): Draw[] {
    const taken = Math.min(quantity, this.available(batchId));
    if (taken <= 0) return [];
    this.#left.set(batchId, this.available(batchId) - taken);
    return [{ batchId, quantity: taken }];
  }

  /** Up to `quantity` units of a product, soonest expiry first. */
  takeFefo(productId: string, quantity: number): Draw[] {
    const draws: Draw[] = [];
    let wanted = quantity;
    for (const batch of this.#byProduct.get(productId) ?? []) {
      const [draw] = this.take(batch.batchId, wanted);
      if (draw) {
        draws.push(draw);
        wanted -= draw.quantity;
      }
    }
    return draws;
  }
}
