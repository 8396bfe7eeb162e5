"use client";

import { messages } from "~/i18n";

const button = "rounded-md border border-tremor-border px-3 py-1 text-sm disabled:opacity-40";

/** A list's footer: its summary ("共 N 个…，第 p/n 页") and previous / next page buttons. */
export function Pager({
  summary,
  summaryTestId,
  page,
  pages,
  onPage,
}: {
  summary: string;
  summaryTestId: string;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  return (
    <div className="flex items-center justify-between border-t border-tremor-border px-4 py-3">
      <p data-testid={summaryTestId} className="text-tremor-default text-tremor-content">
        {summary}
      </p>
      <div className="flex gap-2">
        <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)} className={button}>
          {messages.pager.previous}
        </button>
        <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)} className={button}>
          {messages.pager.next}
        </button>
      </div>
    </div>
  );
}
