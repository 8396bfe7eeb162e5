"use client";

import { RECEIPT_TEMPLATE_HEADER, toCsv } from "@shelfloop/core";
import { Text } from "@tremor/react";
import { format, messages } from "~/i18n";
import { CsvPreviewPanel } from "./csv-preview";
import type { ReceivedRow } from "./received-row";
import { errorRowCount, useCsvReceipt } from "./use-csv-receipt";

const t = messages.receivingCsv;
// A data: URL, so the template is a plain link that works without a request.
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv([RECEIPT_TEMPLATE_HEADER]))}`;
const button =
  "rounded-md border border-tremor-border bg-white px-3 py-1.5 text-sm hover:bg-tremor-background-subtle";
const primary =
  "rounded-md bg-tremor-brand px-4 py-2 text-sm font-medium text-white hover:bg-tremor-brand-emphasis disabled:opacity-60";

/** Receiving many lots from a spreadsheet: preview with every problem, then receive the valid rows. */
export function CsvPanel({
  warehouseId,
  onReceived,
}: {
  warehouseId: string;
  onReceived: (rows: ReceivedRow[]) => void;
}) {
  const { state, choose, confirm, commitError, committing, reset } = useCsvReceipt(warehouseId, onReceived);
  const another = (
    <button type="button" className={button} onClick={reset}>
      {t.another}
    </button>
  );

  if (state.phase === "reading") {
    return (
      <p role="status" className="text-sm text-tremor-content">
        {format(t.reading, { file: state.fileName })}
      </p>
    );
  }
  if (state.phase === "done") {
    return (
      <div className="space-y-3">
        <p role="status" className="text-sm font-medium text-emerald-700">
          {format(t.done, { rows: state.result.received.length, skipped: state.result.skippedRows })}
        </p>
        {another}
      </div>
    );
  }
  if (state.phase === "preview") {
    const { fileName, sheet, preview } = state;
    const hasErrors = preview.errors.length > 0;
    const errorRows = errorRowCount(preview);
    return (
      <div className="space-y-4">
        <Text>{fileName}</Text>
        <CsvPreviewPanel preview={preview} />
        {commitError && (
          <p role="alert" className="text-sm text-rose-700">
            {commitError.message}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          {preview.rows.length > 0 && preview.fileErrors.length === 0 && (
            <button
              type="button"
              className={primary}
              disabled={committing}
              onClick={() => void confirm(fileName, sheet, preview)}
            >
              {format(hasErrors ? t.confirmValid : t.confirm, { rows: preview.rows.length })}
            </button>
          )}
          {another}
        </div>
        {hasErrors && preview.rows.length > 0 && <Text>{format(t.skipped, { rows: errorRows })}</Text>}
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <Text>{t.hint}</Text>
      <div className="flex flex-wrap items-center gap-4">
        <label className="inline-flex cursor-pointer items-center gap-2 rounded-md bg-tremor-brand px-4 py-2 text-sm font-medium text-white hover:bg-tremor-brand-emphasis">
          {t.choose}
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared, so choosing the same file again after fixing it is noticed.
              event.target.value = "";
              if (file) void choose(file);
            }}
          />
        </label>
        <a
          href={TEMPLATE_HREF}
          download={t.templateFile}
          className="text-sm text-tremor-brand hover:underline"
        >
          {t.template}
        </a>
      </div>
      {state.error && (
        <p role="alert" className="text-sm text-rose-700">
          {state.error}
        </p>
      )}
    </div>
  );
}
