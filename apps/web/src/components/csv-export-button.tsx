"use client";

import { useMutation } from "@tanstack/react-query";
import { messages } from "~/i18n";
import { downloadText } from "~/lib/download";

/**
 * A button that fetches a CSV export on demand and saves it. `load` asks the server for the file
 * (not cached: exports can be large and must be current).
 */
export function CsvExportButton({
  label,
  load,
}: {
  label: string;
  load: () => Promise<{ csv: string; fileName: string }>;
}) {
  const exportCsv = useMutation({
    mutationFn: load,
    onSuccess: ({ csv, fileName }) => downloadText(csv, fileName),
  });
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={exportCsv.isPending}
        onClick={() => exportCsv.mutate()}
        className="rounded-md border border-tremor-border bg-white px-3 py-1.5 text-sm hover:bg-tremor-background-subtle disabled:opacity-60"
      >
        {exportCsv.isPending ? messages.states.exporting : label}
      </button>
      {exportCsv.error && (
        <span role="alert" className="text-sm text-rose-700">
          {exportCsv.error.message}
        </span>
      )}
    </span>
  );
}
