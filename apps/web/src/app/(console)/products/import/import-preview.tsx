"use client";

import { Card, Text } from "@tremor/react";
import { format, messages } from "~/i18n";
import type { ImportPreview } from "./analyse";
import { ErrorTable } from "./error-table";
import { SampleTable } from "./sample-table";

const t = messages.catalogueImport;
const button =
  "rounded-md border border-tremor-border bg-white px-3 py-1.5 text-sm hover:bg-tremor-background-subtle";
const primary =
  "rounded-md bg-tremor-brand px-4 py-2 text-sm font-medium text-white hover:bg-tremor-brand-emphasis";

const COUNT_STYLE = {
  create: "text-emerald-700",
  update: "text-amber-700",
  unchanged: "text-tremor-content-strong",
  errors: "text-rose-700",
} as const;

/** What the file would do, before anything is written; the user confirms or picks another file. */
export function ImportPreviewPanel({
  preview,
  onConfirm,
  onAnother,
}: {
  preview: ImportPreview;
  onConfirm: () => void;
  onAnother: () => void;
}) {
  const another = (
    <button type="button" className={button} onClick={onAnother}>
      {t.another}
    </button>
  );
  if (preview.fileErrors.length > 0) {
    return (
      <Card className="space-y-3">
        <div role="alert" className="text-sm text-rose-700">
          <p className="font-medium">
            {t.fileErrors}（{preview.fileName}）
          </p>
          {preview.fileErrors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
        {another}
      </Card>
    );
  }

  const { counts } = preview;
  const tiles = [
    ["create", counts.create],
    ["update", counts.update],
    ["unchanged", counts.unchanged],
    ["errors", counts.errorRows],
  ] as const;
  const hasErrors = preview.errors.length > 0;
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-4">
        {tiles.map(([key, count]) => (
          <Card key={key} className="p-4" data-testid={`import-count-${key}`}>
            <Text>{t.counts[key]}</Text>
            <p className={`text-2xl font-semibold ${COUNT_STYLE[key]}`}>{format(t.countUnit, { count })}</p>
          </Card>
        ))}
      </div>
      {preview.warnings.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-amber-700">
          {preview.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {hasErrors && (
        <Card className="p-0">
          <h2 className="px-4 pt-4 font-medium text-rose-700">
            {format(t.errorsTitle, { rows: counts.errorRows, total: preview.errors.length })}
          </h2>
          <ErrorTable errors={preview.errors} />
        </Card>
      )}
      {preview.samples.length > 0 && (
        <Card className="p-0">
          <h2 className="px-4 pt-4 font-medium text-tremor-content-strong">{t.samplesTitle}</h2>
          <SampleTable samples={preview.samples} />
        </Card>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {counts.create + counts.update === 0 ? (
          <Text>{preview.rows.length === 0 ? t.noValidRows : t.nothingToDo}</Text>
        ) : (
          <button type="button" className={primary} onClick={onConfirm}>
            {format(hasErrors ? t.confirmValid : t.confirm, { rows: preview.rows.length })}
          </button>
        )}
        {another}
      </div>
      {hasErrors && preview.rows.length > 0 && <Text>{format(t.skipped, { rows: counts.errorRows })}</Text>}
    </div>
  );
}
