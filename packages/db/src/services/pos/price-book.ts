import type { Database } from "../../client";
import { withTenant } from "../../scope";
import { currentPriceBook, type PriceBookEntry, type PriceBookRemoval, priceBookDelta } from "../price-book";
import type { PosCaller } from "./caller";
import { batchesInStore, POS_CHANNEL } from "./store-context";

export type PosPriceBook =
  | { version: number; full: true; entries: PriceBookEntry[] }
  | { version: number; full: false; since: number; upserts: PriceBookEntry[]; removals: PriceBookRemoval[] };

/**
 * The store's POS price book: the whole book when `since` is null, else what changed after version
 * `since` (a till that applies it to its copy at `since` holds the current book). Entries for other
 * stores' batches are left out.
 */
export function posPriceBook(db: Database, caller: PosCaller, since: number | null): Promise<PosPriceBook> {
  return withTenant(db, { tenantId: caller.tenantId }, async (tx) => {
    const ours = async <T extends { batchId: string }>(rows: T[]) => {
      const local = await batchesInStore(
        tx,
        caller.warehouseId,
        rows.map((row) => row.batchId),
      );
      return rows.filter((row) => local.has(row.batchId));
    };
    if (since === null) {
      const book = await currentPriceBook(tx, { channel: POS_CHANNEL });
      return { version: book.version, full: true, entries: await ours(book.entries) };
    }
    const delta = await priceBookDelta(tx, { channel: POS_CHANNEL, since });
    return {
      version: delta.version,
      full: false,
      since,
      upserts: await ours(delta.upserts),
      removals: await ours(delta.removals),
    };
  });
}
