import { type CsvCell, toCsv, todayIn } from "@shelfloop/core";
import { exportMovementsRows, type MovementExportRow, type MovementType } from "@shelfloop/db";
import { tenantProcedure } from "../../trpc";
import { movementFilterInput } from "./stock.types";

const TYPE_LABELS: Record<MovementType, string> = {
  RECEIVE: "入库",
  SALE: "销售",
  ADJUST: "调整",
  TRANSFER_OUT: "调出",
  TRANSFER_IN: "调入",
  WRITE_OFF: "报损",
};

const COLUMNS: [title: string, cell: (row: MovementExportRow) => CsvCell][] = [
  ["时间", (row) => row.occurredAt],
  ["时间(UTC)", (row) => row.occurredAtUtc],
  ["类型", (row) => TYPE_LABELS[row.type]],
  ["数量", (row) => row.quantity],
  ["单位", (row) => row.unit],
  ["SKU", (row) => row.sku],
  ["商品", (row) => row.productName],
  ["仓库编码", (row) => row.warehouseCode],
  ["仓库", (row) => row.warehouseName],
  ["批号", (row) => row.lotCode],
  ["到期日期", (row) => row.expiryDate],
  ["原因", (row) => row.reason],
  ["单据类型", (row) => row.referenceType],
  ["单据号", (row) => row.referenceId],
  ["操作人", (row) => row.actorName],
  ["流水号", (row) => row.movementId],
];

/**
 * The ledger rows matching the filter as CSV text (UTF-8 with BOM; cells that a spreadsheet would run
 * as formulas are neutralised by toCsv) and the file name to save it as.
 */
export const exportMovements = tenantProcedure.input(movementFilterInput).query(async ({ ctx, input }) => {
  const rows = await exportMovementsRows(ctx.tx, input);
  return {
    fileName: `库存流水-${todayIn(ctx.tenant.timezone)}.csv`,
    csv: toCsv([COLUMNS.map(([title]) => title), ...rows.map((row) => COLUMNS.map(([, cell]) => cell(row)))]),
  };
});
