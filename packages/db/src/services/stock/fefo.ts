import type { CalendarDate } from "@shelfloop/core";
import type { LockedBatch } from "./locks";

/** Units drawn from one batch by an outbound movement. */
export interface Allocation {
  batchId: string;
  lotCode: string;
  expiryDate: CalendarDate;
  quantity: number;
}

export interface Draw {
  batch: LockedBatch;
  quantity: number;
}

/**
 * First-expired-first-out: draws `quantity` from `batches`, taken in the order given (soonest expiry
 * first), never touching units reserved for promotions. `available` counts every unreserved unit, so
 * the caller can refuse a request larger than that before writing anything.
 */
export function allocateFefo(
  batches: readonly LockedBatch[],
  quantity: number,
): { available: number; draws: Draw[] } {
  let available = 0;
  let remaining = quantity;
  const draws: Draw[] = [];
  for (const batch of batches) {
    const free = Math.max(0, batch.qtyOnHand - batch.qtyReserved);
    available += free;
    const drawn = Math.min(free, remaining);
    if (drawn > 0) {
      draws.push({ batch, quantity: drawn });
      remaining -= drawn;
    }
  }
  return { available, draws };
}

export const allocationOf = ({ batch, quantity }: Draw): Allocation => ({
  batchId: batch.id,
  lotCode: batch.lotCode,
  expiryDate: batch.expiryDate,
  quantity,
});
