import type { Tx } from "../../scope";
import { countLedgerRows, type LedgerRow, ledgerRows, type MovementFilter } from "./ledger-query";

export interface MovementListQuery extends MovementFilter {
  page: number;
  pageSize: number;
}

/** The stock ledger, newest first, one page at a time, with lot, product, warehouse and actor names. */
export async function listMovements(
  tx: Tx,
  query: MovementListQuery,
): Promise<{ items: LedgerRow[]; total: number; page: number; pageSize: number }> {
  const [total, items] = await Promise.all([
    countLedgerRows(tx, query),
    ledgerRows(tx, query, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}
