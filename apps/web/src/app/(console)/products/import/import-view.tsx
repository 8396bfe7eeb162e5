"use client";

import { catalogueCsv, hasRole } from "@shelfloop/core";
import { useQuery } from "@tanstack/react-query";
import { Card, Text } from "@tremor/react";
import Link from "next/link";
import { ErrorState, LoadingState } from "~/components/query-state";
import { format, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { ExportButton } from "../export-button";
import { ImportPreviewPanel } from "./import-preview";
import { ImportProgress } from "./import-progress";
import { useCatalogueImport } from "./use-catalogue-import";

const t = messages.catalogueImport;
// A data: URL, so the template is a plain link that works without a request.
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(catalogueCsv([]))}`;

export function ImportView() {
  const trpc = useTRPC();
  const member = useQuery(trpc.tenant.current.queryOptions());
  const canImport = member.data ? hasRole(member.data.role, "MANAGER") : false;
  const context = useQuery({ ...trpc.product.importContext.queryOptions(), enabled: canImport });
  const { state, choose, confirm, resume, reset } = useCatalogueImport(context.data);

  if (member.isPending) return <LoadingState />;
  if (!canImport) return <p className="text-sm text-tremor-content">{t.managerOnly}</p>;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link href="/products" className="text-sm text-tremor-brand hover:underline">
            ← {messages.products.title}
          </Link>
          <h1 className="mt-1 text-2xl font-semibold text-tremor-content-strong">{t.title}</h1>
          <Text>{t.subtitle}</Text>
        </div>
        <div className="flex items-center gap-3 text-sm">
          <a href={TEMPLATE_HREF} download={t.templateFile} className="text-tremor-brand hover:underline">
            {t.template}
          </a>
          <ExportButton />
        </div>
      </div>

      {context.isError ? (
        <ErrorState message={context.error.message} onRetry={() => context.refetch()} />
      ) : state.phase === "idle" ? (
        <Card className="space-y-3">
          <label className="inline-flex cursor-pointer items-center gap-2 rounded-md bg-tremor-brand px-4 py-2 text-sm font-medium text-white hover:bg-tremor-brand-emphasis has-[:disabled]:cursor-wait has-[:disabled]:opacity-60">
            {t.choose}
            <input
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="sr-only"
              disabled={!context.data}
              onChange={(event) => {
                const file = event.target.files?.[0];
                // Cleared, so choosing the same file again after fixing it is noticed.
                event.target.value = "";
                if (file) void choose(file);
              }}
            />
          </label>
          {state.error && (
            <p role="alert" className="text-sm text-rose-700">
              {state.error}
            </p>
          )}
        </Card>
      ) : state.phase === "reading" ? (
        <Card>
          <p role="status" className="text-sm text-tremor-content">
            {format(t.reading, { file: state.fileName })}
          </p>
        </Card>
      ) : state.phase === "preview" ? (
        <ImportPreviewPanel
          preview={state.preview}
          onConfirm={() => void confirm(state.preview)}
          onAnother={reset}
        />
      ) : (
        <ImportProgress
          preview={state.preview}
          totals={state.totals}
          finished={state.phase === "finished"}
          failure={state.failure}
          onResume={() => void resume(state.preview, state.totals)}
          onAnother={reset}
        />
      )}
    </div>
  );
}
