import type { CalendarDate } from "@shelfloop/core";
import type { MovementType } from "../../generated/prisma/enums";
import type { Tx } from "../../scope";
import { StockError } from "./errors";
import { ledgerRows, type MovementFilter } from "./ledger-query";

/** Rows beyond this are refused rather than built in memory; narrow the dates instead. */
export const MAX_EXPORTED_MOVEMENTS = 50_000;

/** One ledger row as plain values, in CSV column order. */
export interface MovementExportRow {
  /** Local time in the tenant's timezone, "YYYY-MM-DD HH:MM:SS". */
  occurredAt: string;
  /** The same instant as ISO 8601 UTC, unambiguous for re-import. */
  occurredAtUtc: string;
  type: MovementType;
  quantity: number;
  unit: string;
  sku: string;
  productName: string;
  warehouseCode: string;
  warehouseName: string;
  lotCode: string;
  expiryDate: CalendarDate;
  reason: string | null;
  referenceType: string | null;
  referenceId: string | null;
  actorName: string | null;
  movementId: string;
}

/** Every ledger row matching `filter`, newest first like the on-screen list, for the CSV export. */
export async function exportMovementsRows(tx: Tx, filter: MovementFilter): Promise<MovementExportRow[]> {
  const rows = await ledgerRows(tx, filter, { limit: MAX_EXPORTED_MOVEMENTS + 1, offset: 0 });
  if (rows.length > MAX_EXPORTED_MOVEMENTS) {
    throw new StockError(
      "EXPORT_TOO_LARGE",
      `符合条件的流水超过 ${MAX_EXPORTED_MOVEMENTS} 条，请缩小日期范围或增加筛选条件后再导出`,
    );
  }
  return rows.map((row) => ({
    occurredAt: row.occurredAtLocal,
    occurredAtUtc: row.occurredAt.toISOString(),
    type: row.type,
    quantity: row.quantity,
    unit: row.unit,
    sku: row.sku,
    productName: row.productName,
    warehouseCode: row.warehouseCode,
    warehouseName: row.warehouseName,
    lotCode: row.lotCode,
    expiryDate: row.expiryDate,
    reason: row.reason,
    referenceType: row.referenceType,
    referenceId: row.referenceId,
    actorName: row.actorName,
    movementId: row.id,
  }));
}
