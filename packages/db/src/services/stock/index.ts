export type { StockReference } from "./apply";
export { StockError, type StockErrorCode } from "./errors";
export { exportMovementsRows, MAX_EXPORTED_MOVEMENTS, type MovementExportRow } from "./export-movements";
export type { Allocation } from "./fefo";
export type { LedgerRow, MovementFilter } from "./ledger-query";
export { listMovements, type MovementListQuery } from "./list-movements";
export { type BatchMoveInput, moveBatchStock } from "./move-batch";
export { moveStockOut, type StockOutInput } from "./move-out";
export { productByGtin } from "./product-by-gtin";
export { type QuarantineInput, setBatchQuarantine } from "./quarantine";
export { WRITE_OFF_CATEGORIES, type WriteOffCategory, type WriteOffReason } from "./reasons";
export { previewReceipt, type ReceiptPreview, type ReceiptPreviewInput } from "./receipt-preview";
export {
  type PlannedReceiptRow,
  planReceiptRows,
  type ReceiptRowsPlan,
  type ReceiptSheet,
} from "./receipt-rows";
export { type ReceiveInput, type ReceiveResult, receiveBatch } from "./receive";
export { type GoodsReceiptInput, type GoodsReceiptResult, receiveGoods } from "./receive-goods";
export { type ReceiptRowsCommit, type ReceiptRowsResult, receiveReceiptRows } from "./receive-rows";
export { type ReservedSaleInput, sellReservedStock } from "./sell-reserved";
export { type TransferAllocation, type TransferInput, transferStock } from "./transfer";
