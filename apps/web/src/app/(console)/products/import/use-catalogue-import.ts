"use client";

import type { ProductValues } from "@shelfloop/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import type { ImportPreview } from "./analyse";
import { analyseInWorker } from "./analyse-in-worker";
import { commitInChunks, type ImportTotals, NO_TOTALS } from "./commit-chunks";

export type ImportState =
  | { phase: "idle"; error: string | null }
  | { phase: "reading"; fileName: string }
  | { phase: "preview"; preview: ImportPreview }
  | {
      phase: "committing" | "finished";
      preview: ImportPreview;
      totals: ImportTotals;
      failure: string | null;
    };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Choose a file → preview (nothing written) → confirm → chunked commit with progress → summary. */
export function useCatalogueImport(existing: readonly ProductValues[] | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const importChunk = useMutation(trpc.product.importChunk.mutationOptions());
  const [state, setState] = useState<ImportState>({ phase: "idle", error: null });

  async function choose(file: File) {
    if (!existing) return;
    setState({ phase: "reading", fileName: file.name });
    try {
      setState({ phase: "preview", preview: await analyseInWorker({ file, existing }) });
    } catch (error) {
      setState({ phase: "idle", error: messageOf(error) });
    }
  }

  /** Imports the preview's valid rows from `from.done` on: the start, or where a failure stopped it. */
  async function commit(preview: ImportPreview, from: ImportTotals) {
    let totals = from;
    setState({ phase: "committing", preview, totals, failure: null });
    let failure: string | null = null;
    try {
      await commitInChunks(preview.header, preview.rows, from, importChunk.mutateAsync, (progress) => {
        totals = progress;
        setState({ phase: "committing", preview, totals, failure: null });
      });
    } catch (error) {
      failure = messageOf(error);
    }
    setState({ phase: "finished", preview, totals, failure });
    // The list and the catalogue the next import is planned against have changed.
    await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
  }

  return {
    state,
    choose,
    confirm: (preview: ImportPreview) => commit(preview, NO_TOTALS),
    resume: (preview: ImportPreview, totals: ImportTotals) => commit(preview, totals),
    reset: () => setState({ phase: "idle", error: null }),
  };
}
