import { StockError } from "./errors";
import { requireNote } from "./guards";

export const WRITE_OFF_CATEGORIES = ["EXPIRED", "DAMAGED", "RECALLED", "OTHER"] as const;
export type WriteOffCategory = (typeof WRITE_OFF_CATEGORIES)[number];

export interface WriteOffReason {
  category: WriteOffCategory;
  /** Required for OTHER; optional detail for the others. */
  note?: string | undefined;
}

/**
 * The ledger's reason text for a write-off: the category first ("EXPIRED", "OTHER: 说明"), so loss
 * reports can group by it with a prefix match while the note stays readable.
 */
export function writeOffReasonText(reason: WriteOffReason): string {
  if (!WRITE_OFF_CATEGORIES.includes(reason.category)) {
    throw new StockError("INVALID_REASON", `报损原因无效：${String(reason.category)}`);
  }
  const note =
    reason.category === "OTHER"
      ? requireNote(reason.note, "报损原因为“其他”时必须填写说明")
      : reason.note?.trim();
  return note ? `${reason.category}: ${note}` : reason.category;
}

export const adjustmentReasonText = (note: string) => requireNote(note, "库存调整必须填写说明");
