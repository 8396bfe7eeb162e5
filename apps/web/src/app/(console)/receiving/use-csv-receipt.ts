"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { readSpreadsheet, type Spreadsheet } from "~/lib/spreadsheet";
import { useTRPC } from "~/trpc/react";
import type { ReceivedRow } from "./received-row";

type Outcome = RouterOutputs["stock"]["receiveCsv"];
export type CsvPreview = Extract<Outcome, { mode: "preview" }>;
export type CsvCommit = Extract<Outcome, { mode: "commit" }>;

export type CsvState =
  | { phase: "idle"; error: string | null }
  | { phase: "reading"; fileName: string }
  | { phase: "preview"; fileName: string; sheet: Spreadsheet; preview: CsvPreview }
  | { phase: "done"; result: CsvCommit };

/** Rows with at least one problem (a row may have several). */
export const errorRowCount = (preview: CsvPreview) => new Set(preview.errors.map((error) => error.row)).size;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Choose a file → it is read in the browser and checked by the server (nothing written) → confirm
 * → the valid rows are received in one request, and reported to `onReceived`.
 */
export function useCsvReceipt(warehouseId: string, onReceived: (rows: ReceivedRow[]) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const receiveCsv = useMutation(trpc.stock.receiveCsv.mutationOptions());
  const [state, setState] = useState<CsvState>({ phase: "idle", error: null });

  async function choose(file: File) {
    setState({ phase: "reading", fileName: file.name });
    try {
      const sheet = await readSpreadsheet(await file.arrayBuffer(), file.name);
      const preview = await receiveCsv.mutateAsync({ warehouseId, ...sheet, mode: "preview" });
      if (preview.mode !== "preview") throw new Error("unexpected answer to a preview");
      setState({ phase: "preview", fileName: file.name, sheet, preview });
    } catch (error) {
      setState({ phase: "idle", error: messageOf(error) });
    }
  }

  async function confirm(fileName: string, sheet: Spreadsheet, preview: CsvPreview) {
    const result = await receiveCsv.mutateAsync({
      warehouseId,
      ...sheet,
      fileName,
      mode: "commit",
      onlyValidRows: preview.errors.length > 0,
    });
    if (result.mode !== "commit") throw new Error("unexpected answer to a commit");
    const at = Date.now();
    onReceived(
      result.received.map((row) => ({
        batchId: row.batchId,
        productName: row.product.name,
        sku: row.product.sku,
        lotCode: row.lotCode,
        quantity: row.quantity,
        expiryDate: row.expiryDate,
        remainingDays: row.remainingDays,
        tier: row.tier,
        at,
      })),
    );
    setState({ phase: "done", result });
    await queryClient.invalidateQueries({ queryKey: trpc.batch.pathKey() });
  }

  return {
    state,
    choose,
    confirm: (fileName: string, sheet: Spreadsheet, preview: CsvPreview) =>
      confirm(fileName, sheet, preview).catch(() => undefined),
    /** The failed commit's error (the preview stays, so the user can try again or pick a file). */
    commitError: receiveCsv.error,
    committing: receiveCsv.isPending,
    reset: () => {
      receiveCsv.reset();
      setState({ phase: "idle", error: null });
    },
  };
}
