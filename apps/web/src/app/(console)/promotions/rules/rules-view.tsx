"use client";

import { hasRole } from "@shelfloop/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Card, Text } from "@tremor/react";
import Link from "next/link";
import { useState } from "react";
import { ErrorState, LoadingState } from "~/components/query-state";
import { format, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { RuleEditor, type RuleRow } from "./rule-editor";
import { RuleTable } from "./rule-table";

const t = messages.rules;

export function RulesView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const role = useQuery(trpc.tenant.current.queryOptions()).data?.role;
  const options = useQuery(trpc.batch.filterOptions.queryOptions());
  const rules = useQuery(trpc.promotionRule.list.queryOptions());
  const [open, setOpen] = useState<RuleRow | "new" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.promotionRule.pathKey() });
  const enable = useMutation(trpc.promotionRule.setEnabled.mutationOptions({ onSuccess: refresh }));
  const reorder = useMutation(trpc.promotionRule.reorder.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.promotionRule.delete.mutationOptions({ onSuccess: refresh }));

  if (role === undefined || rules.isPending || options.isPending) return <LoadingState />;
  if (rules.isError) return <ErrorState message={rules.error.message} onRetry={() => rules.refetch()} />;
  if (options.isError)
    return <ErrorState message={options.error.message} onRetry={() => options.refetch()} />;
  const canEdit = hasRole(role, "ADMIN");
  const list = rules.data;
  const failure = enable.error ?? reorder.error ?? remove.error;

  /** Moves a rule past its neighbour; the server renumbers every priority from the full order. */
  const move = (index: number, by: -1 | 1) => {
    const ids = list.map((rule) => rule.id);
    ids.splice(index + by, 0, ...ids.splice(index, 1));
    reorder.mutate({ ids });
  };

  return (
    <div className="space-y-4">
      <Link href="/promotions" className="text-sm text-tremor-brand hover:underline">
        ← {t.back}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-tremor-content-strong">{t.title}</h1>
          <Text>{t.subtitle}</Text>
        </div>
        {canEdit && open === null && (
          <button
            type="button"
            onClick={() => {
              setNotice(null);
              setOpen("new");
            }}
            className="rounded-md border border-tremor-border bg-white px-3 py-1.5 text-sm hover:bg-tremor-background-subtle"
          >
            {t.add}
          </button>
        )}
      </div>
      {!canEdit && <Text>{t.adminOnly}</Text>}
      {notice && (
        <p
          role="status"
          className="rounded-tremor-small bg-tremor-brand-faint px-4 py-2 text-sm text-tremor-brand-emphasis"
        >
          {notice}
        </p>
      )}
      {failure && (
        <p role="alert" className="text-sm text-rose-700">
          {failure.message}
        </p>
      )}
      {open !== null && (
        <Card>
          <RuleEditor
            key={open === "new" ? "new" : open.id}
            rule={open === "new" ? null : open}
            options={options.data}
            canEdit={canEdit}
            canPreview={hasRole(role, "MANAGER")}
            onSaved={(saved) => {
              setOpen(null);
              setNotice(format(t.saved, { name: saved.name, version: saved.version }));
              return refresh();
            }}
            onClose={() => setOpen(null)}
          />
        </Card>
      )}
      <RuleTable
        rules={list}
        options={options.data}
        canEdit={canEdit}
        busy={enable.isPending || reorder.isPending || remove.isPending}
        onOpen={(rule) => {
          setNotice(null);
          setOpen(rule);
        }}
        onEnable={(rule, enabled) => enable.mutate({ id: rule.id, enabled })}
        onMove={move}
        onDelete={(rule) => {
          if (window.confirm(format(t.confirmDelete, { name: rule.name }))) remove.mutate({ id: rule.id });
        }}
      />
    </div>
  );
}
