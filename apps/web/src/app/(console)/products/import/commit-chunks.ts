import { IMPORT_CHUNK_ROWS, type RowError } from "@shelfloop/core";
import type { ImportRow } from "./analyse";

export type ChunkResult = { created: number; updated: number; unchanged: number; errors: RowError[] };
export type ImportTotals = ChunkResult & { done: number };

export const NO_TOTALS: ImportTotals = { done: 0, created: 0, updated: 0, unchanged: 0, errors: [] };

function add(totals: ImportTotals, rows: number, result: ChunkResult): ImportTotals {
  return {
    done: totals.done + rows,
    created: totals.created + result.created,
    updated: totals.updated + result.updated,
    unchanged: totals.unchanged + result.unchanged,
    errors: [...totals.errors, ...result.errors],
  };
}

/**
 * Sends `rows` from `totals.done` on, one chunk per request (each its own transaction on the server),
 * reporting the running totals after every chunk. A failed request stops the loop with the totals so
 * far already reported, so the import can resume where it stopped.
 */
export async function commitInChunks(
  header: string[],
  rows: readonly ImportRow[],
  totals: ImportTotals,
  send: (chunk: { header: string[]; rows: ImportRow[] }) => Promise<ChunkResult>,
  onProgress: (totals: ImportTotals) => void,
): Promise<ImportTotals> {
  let current = totals;
  while (current.done < rows.length) {
    const chunk = rows.slice(current.done, current.done + IMPORT_CHUNK_ROWS);
    current = add(current, chunk.length, await send({ header, rows: chunk }));
    onProgress(current);
  }
  return current;
}
