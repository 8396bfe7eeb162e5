"use client";

import type { RouterInputs } from "@shelfloop/api";
import { hasRole, type TierPolicy } from "@shelfloop/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Card, Text } from "@tremor/react";
import { useEffect, useState } from "react";
import { useDebounced } from "~/components/use-debounced";
import { format, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { ScopePicker } from "./scope-picker";
import { TierEditor } from "./tier-editor";

const t = messages.tiers;
export type PolicyTarget = RouterInputs["tiering"]["savePolicy"]["target"];

export function TierSettingsView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const member = useQuery(trpc.tenant.current.queryOptions());
  const policies = useQuery(trpc.tiering.getPolicies.queryOptions());
  const [target, setTarget] = useState<PolicyTarget>({ scope: "TENANT" });
  const [draft, setDraft] = useState<TierPolicy | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const data = policies.data;
  const stored = !data
    ? null
    : target.scope === "TENANT"
      ? data.tenant
      : target.scope === "CATEGORY"
        ? (data.categories.find((c) => c.category === target.category)?.policy ?? null)
        : (data.products.find((p) => p.productId === target.productId)?.policy ?? null);
  const inherited = data
    ? target.scope === "TENANT"
      ? data.defaultPolicy
      : (data.tenant ?? data.defaultPolicy)
    : null;

  // A new scope (or freshly loaded policies) starts the editor from what applies there today.
  useEffect(() => setDraft(stored ?? inherited), [stored, inherited]);
  const chooseTarget = (next: PolicyTarget) => {
    setTarget(next);
    setNotice(null);
  };

  const settled = useDebounced(draft);
  const preview = useQuery({
    ...trpc.tiering.previewPolicy.queryOptions({ target, policy: settled }),
    enabled: settled !== null && !(target.scope === "PRODUCT" && !target.productId),
    retry: false,
  });
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.tiering.getPolicies.queryKey() });
  const save = useMutation(
    trpc.tiering.savePolicy.mutationOptions({
      onSuccess: () => {
        setNotice(t.saved);
        return invalidate();
      },
    }),
  );
  const remove = useMutation(trpc.tiering.deletePolicy.mutationOptions({ onSuccess: invalidate }));
  const retier = useMutation(
    trpc.tiering.retierNow.mutationOptions({
      onSuccess: (result) =>
        setNotice(
          result.mode === "inline" ? format(t.retierInline, { changes: result.changes }) : t.retierQueued,
        ),
    }),
  );

  if (!data || !draft || !member.data)
    return <p className="text-sm text-tremor-content">{messages.states.loading}</p>;
  const canEdit = hasRole(member.data.role, "ADMIN");
  const tierName = (key: string) =>
    draft.tiers.find((tier) => tier.key === key)?.name ?? (key === "EXPIRED" ? "过期" : key);
  // Preview in the policy's own order, least urgent first, expired last.
  const urgency = (key: string) =>
    key === "EXPIRED" ? draft.tiers.length : draft.tiers.findIndex((tier) => tier.key === key);
  const error = save.error?.message ?? (preview.isError ? preview.error.message : null);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-tremor-content-strong">{t.title}</h1>
          <Text>{t.subtitle}</Text>
        </div>
        {hasRole(member.data.role, "MANAGER") && (
          <button
            type="button"
            onClick={() => retier.mutate()}
            disabled={retier.isPending}
            className="rounded-md border border-tremor-border bg-white px-3 py-1.5 text-sm hover:bg-tremor-background-subtle disabled:opacity-50"
          >
            {t.retier}
          </button>
        )}
      </div>

      {notice && (
        <p
          role="status"
          className="rounded-tremor-small bg-tremor-brand-faint px-4 py-2 text-sm text-tremor-brand-emphasis"
        >
          {notice}
        </p>
      )}

      <Card className="space-y-4">
        <ScopePicker target={target} onChange={chooseTarget} />
        {!stored && <p className="text-sm text-tremor-content">{t.inherited}</p>}
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-tremor-content">{t.presets}</span>
          <button
            type="button"
            disabled={!canEdit}
            className="text-tremor-brand hover:underline disabled:opacity-40"
            onClick={() => setDraft(data.defaultPolicy)}
          >
            {t.useDefault}
          </button>
          {data.presets.map((preset) => (
            <button
              key={preset.key}
              type="button"
              disabled={!canEdit}
              className="text-tremor-brand hover:underline disabled:opacity-40"
              onClick={() => setDraft(preset.policy)}
            >
              {preset.name}
            </button>
          ))}
        </div>
        <TierEditor policy={draft} onChange={setDraft} disabled={!canEdit} />

        <div
          data-testid="tier-preview"
          className="rounded-tremor-small bg-tremor-background-muted px-4 py-3 text-sm"
        >
          {error ? (
            <span role="alert" className="text-rose-700">
              {error}
            </span>
          ) : preview.data ? (
            preview.data.counts.length === 0 ? (
              t.previewEmpty
            ) : (
              <>
                {t.preview}
                {[...preview.data.counts]
                  .sort((a, b) => urgency(a.tier) - urgency(b.tier))
                  .map((count) =>
                    format(t.previewItem, {
                      name: tierName(count.tier),
                      batches: count.batches,
                      units: count.units,
                    }),
                  )
                  .join("，")}
              </>
            )
          ) : (
            messages.states.loading
          )}
        </div>

        {canEdit ? (
          <div className="flex items-center gap-3">
            <button
              type="button"
              disabled={save.isPending}
              onClick={() => save.mutate({ target, policy: draft })}
              className="rounded-tremor-small bg-tremor-brand px-4 py-2 text-sm font-medium text-white hover:bg-tremor-brand-emphasis disabled:opacity-60"
            >
              {t.save}
            </button>
            {stored && target.scope !== "TENANT" && (
              <button
                type="button"
                onClick={() => remove.mutate(target)}
                className="text-sm text-rose-600 hover:underline"
              >
                {t.deleteOverride}
              </button>
            )}
          </div>
        ) : (
          <p className="text-sm text-tremor-content">{t.adminOnly}</p>
        )}
      </Card>

      <Card>
        <h2 className="mb-2 font-medium text-tremor-content-strong">{t.overrides}</h2>
        {data.categories.length + data.products.length === 0 ? (
          <Text>{t.noOverrides}</Text>
        ) : (
          <ul className="space-y-1 text-sm">
            {data.categories.map((c) => (
              <li key={c.category}>
                <button
                  type="button"
                  className="text-tremor-brand hover:underline"
                  onClick={() => chooseTarget({ scope: "CATEGORY", category: c.category })}
                >
                  {t.scopes.CATEGORY} · {c.category}
                </button>
              </li>
            ))}
            {data.products.map((p) => (
              <li key={p.productId}>
                <button
                  type="button"
                  className="text-tremor-brand hover:underline"
                  onClick={() => chooseTarget({ scope: "PRODUCT", productId: p.productId })}
                >
                  {t.scopes.PRODUCT} · {p.label}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
