import type { Tx } from "../../scope";
import { BusinessError } from "../errors";
import { loadTierPolicies } from "../tiering/policies";
import type { TierChange } from "../tiering/retier-tenant";
import { loadWarehouse } from "./context";
import { type PlannedReceiptRow, planReceiptRows, type ReceiptSheet } from "./receipt-rows";
import { recordReceiptTier } from "./receipt-tier";
import { receiveBatch } from "./receive";

export interface ReceiptRowsCommit extends ReceiptSheet {
  /** The user chose to receive the valid rows of a file that also has rows with errors. */
  onlyValidRows: boolean;
  /** Recorded as the receipts' reference, so the ledger shows which file they came from. */
  fileName?: string | undefined;
  actorId: string;
  now: Date;
}

export interface ReceiptRowsResult {
  received: (PlannedReceiptRow & { batchId: string; created: boolean })[];
  /** Rows with errors that were left out. */
  skippedRows: number;
  /** Lots that arrived in an alerting tier: to be announced once the transaction commits. */
  tierChanges: TierChange[];
}

/**
 * Receives the rows of a file in the caller's transaction, all or nothing, after planning them again
 * (see planReceiptRows). A file with row errors is received only when the user chose to receive
 * just its valid rows; the rest are reported, never forced in.
 */
export async function receiveReceiptRows(tx: Tx, input: ReceiptRowsCommit): Promise<ReceiptRowsResult> {
  const plan = await planReceiptRows(tx, input, input.now);
  if (plan.fileErrors.length > 0) throw new BusinessError("BAD_REQUEST", plan.fileErrors.join("；"));
  const skippedRows = new Set(plan.errors.map((error) => error.row)).size;
  if (skippedRows > 0 && !input.onlyValidRows) {
    throw new BusinessError(
      "BAD_REQUEST",
      `文件中有 ${skippedRows} 行有错误，未收货；请修正后重新上传，或选择仅收货有效的行`,
    );
  }
  if (plan.rows.length === 0) throw new BusinessError("BAD_REQUEST", "没有可以收货的行");

  const { tenantId } = await loadWarehouse(tx, input.warehouseId, input.now);
  const policies = await loadTierPolicies(tx);
  const reference = input.fileName ? { type: "RECEIPT_FILE", id: input.fileName } : undefined;
  const result: ReceiptRowsResult = { received: [], skippedRows, tierChanges: [] };
  for (const row of plan.rows) {
    const received = await receiveBatch(tx, {
      productId: row.product.id,
      warehouseId: input.warehouseId,
      lotCode: row.lotCode,
      productionDate: row.productionDate,
      expiryDate: row.expiryDate,
      quantity: row.quantity,
      reference,
      actorId: input.actorId,
      now: input.now,
    });
    if (row.location) {
      await tx.batch.update({ where: { id: received.batchId }, data: { locationId: row.location.id } });
    }
    result.received.push({ ...row, batchId: received.batchId, created: received.created });
    if (!received.created) continue;
    const change = await recordReceiptTier(tx, policies, {
      tenantId,
      batchId: received.batchId,
      product: row.product,
      tier: received.tier.key,
      remainingDays: row.remainingDays,
      now: input.now,
    });
    if (change) result.tierChanges.push(change);
  }
  return result;
}
