"use client";

import { Card, Text } from "@tremor/react";
import Link from "next/link";
import { format, messages } from "~/i18n";
import type { ImportPreview } from "./analyse";
import type { ImportTotals } from "./commit-chunks";
import { ErrorTable } from "./error-table";

const t = messages.catalogueImport;

/** The running import (rows done / total) and, once it stops, what it did. */
export function ImportProgress({
  preview,
  totals,
  finished,
  failure,
  onResume,
  onAnother,
}: {
  preview: ImportPreview;
  totals: ImportTotals;
  finished: boolean;
  failure: string | null;
  onResume: () => void;
  onAnother: () => void;
}) {
  const total = preview.rows.length;
  const percent = total === 0 ? 100 : Math.round((totals.done / total) * 100);
  return (
    <Card className="space-y-4">
      <div>
        <div
          role="progressbar"
          aria-label={t.title}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={totals.done}
          className="h-2 w-full overflow-hidden rounded-full bg-tremor-background-subtle"
        >
          <div className="h-full bg-tremor-brand transition-all" style={{ width: `${percent}%` }} />
        </div>
        <Text className="mt-2" data-testid="import-progress">
          {format(finished ? t.processed : t.progress, { done: totals.done, total })}
        </Text>
      </div>
      {finished && failure === null && (
        <p role="status" data-testid="import-summary" className="font-medium text-emerald-700">
          {format(t.done, { created: totals.created, updated: totals.updated, unchanged: totals.unchanged })}
        </p>
      )}
      {failure !== null && (
        <div role="alert" className="space-y-2 text-sm text-rose-700">
          <p>{format(t.failed, { message: failure, done: totals.done, total })}</p>
          <button
            type="button"
            onClick={onResume}
            className="rounded-md border border-rose-300 px-3 py-1 hover:bg-rose-50"
          >
            {format(t.resume, { rows: total - totals.done })}
          </button>
        </div>
      )}
      {totals.errors.length > 0 && (
        <div>
          <p className="text-sm text-rose-700">
            {format(t.rejected, { rows: new Set(totals.errors.map((error) => error.row)).size })}
          </p>
          <ErrorTable errors={totals.errors} />
        </div>
      )}
      {finished && (
        <div className="flex gap-3 text-sm">
          <Link href="/products" className="text-tremor-brand hover:underline">
            {t.viewList}
          </Link>
          <button type="button" className="hover:underline" onClick={onAnother}>
            {t.another}
          </button>
        </div>
      )}
    </Card>
  );
}
