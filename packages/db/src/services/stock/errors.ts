import { BusinessError, type BusinessErrorKind } from "../errors";
export type StockErrorCode =
  | "INVALID_QUANTITY"
  | "INVALID_REASON"
  | "INVALID_LOT_CODE"
  | "ACTOR_REQUIRED"
  | "PRODUCT_NOT_FOUND"
  | "WAREHOUSE_NOT_FOUND"
  | "WAREHOUSE_ARCHIVED"
  | "SAME_WAREHOUSE"
  | "BATCH_NOT_FOUND"
  | "BATCH_EXPIRED"
  | "BATCH_STATUS"
  | "EXPIRED_ON_RECEIPT"
  | "LOT_DATES_MISMATCH"
  | "INSUFFICIENT_STOCK"
  | "EXPORT_TOO_LARGE";

/**
 * A stock operation refused for a business reason, with a message for the merchant. Services check
 * everything that can refuse before their first write, so nothing of the refused operation is written.
 */
export class StockError extends BusinessError {
  override readonly name = "StockError";

  constructor(
    readonly code: StockErrorCode,
    message: string,
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(kindOf(code), message);
  }
}

function kindOf(code: StockErrorCode): BusinessErrorKind {
  if (code.endsWith("_NOT_FOUND")) return "NOT_FOUND";
  if (code === "INSUFFICIENT_STOCK" || code === "LOT_DATES_MISMATCH") return "CONFLICT";
  return "BAD_REQUEST";
}

/** 库存不足：可售 3 件，需要 5 件 — `reserved` names units held for promotions, which are never drawn. */
export function insufficientStock(
  available: number,
  requested: number,
  unit: string,
  options: { label?: "可售" | "可用"; reserved?: number } = {},
): StockError {
  const held = options.reserved ? `（另有 ${options.reserved} ${unit}已锁定用于促销）` : "";
  return new StockError(
    "INSUFFICIENT_STOCK",
    `库存不足：${options.label ?? "可售"} ${available} ${unit}${held}，需要 ${requested} ${unit}`,
    { available, requested },
  );
}
