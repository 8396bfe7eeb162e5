import { StockError } from "./errors";

/** A count of units moved in one direction: a positive whole number. */
export function requirePositiveQuantity(quantity: number): number {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) {
    throw new StockError("INVALID_QUANTITY", `数量必须是正整数：${quantity}`);
  }
  return quantity;
}

/** A signed change of on-hand units: a whole number other than zero (the ledger refuses zero rows). */
export function requireNonZeroDelta(delta: number): number {
  if (!Number.isSafeInteger(delta) || delta === 0) {
    throw new StockError("INVALID_QUANTITY", `调整数量必须是非零整数：${delta}`);
  }
  return delta;
}

/** Losses, corrections and holds must name who made them: the ledger and audit log are their trail. */
export function requireActor(actorId: string | null | undefined): string {
  if (!actorId) throw new StockError("ACTOR_REQUIRED", "报损、库存调整和隔离必须记录操作人");
  return actorId;
}

export function requireNote(note: string | null | undefined, message: string): string {
  const trimmed = note?.trim();
  if (!trimmed) throw new StockError("INVALID_REASON", message);
  return trimmed;
}
