"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { hasRole } from "@shelfloop/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Card } from "@tremor/react";
import { useState } from "react";
import { ActionForm, actionInput, textOf } from "~/components/action-form";
import { FieldError, fieldError } from "~/components/field-error";
import { format, formatDateTime, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.promotion;
type Promotion = RouterOutputs["promotion"]["get"];
type Kind = keyof typeof t.actions;

/** What a manager may do in each status (the server checks again). */
const KINDS: Partial<Record<Promotion["status"], Kind[]>> = {
  PENDING_APPROVAL: ["approve", "reject"],
  SCHEDULED: ["cancel"],
  ACTIVE: ["cancel"],
};

/**
 * The approval: who decided, when and why; for a manager, approve (comment optional) or reject
 * (reason required) a pending promotion, or cancel a scheduled or running one.
 */
export function PromotionDecision({ promotion, timeZone }: { promotion: Promotion; timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const role = useQuery(trpc.tenant.current.queryOptions()).data?.role;
  const [open, setOpen] = useState<Kind | null>(null);
  const [done, setDone] = useState<Kind | null>(null);
  // The list's counts, the header's pending badge and the batch's reserved stock all change.
  const finish = (kind: Kind) => async () => {
    setOpen(null);
    setDone(kind);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.promotion.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.batch.pathKey() }),
    ]);
  };
  const mutations = {
    approve: useMutation(trpc.promotion.approve.mutationOptions({ onSuccess: finish("approve") })),
    reject: useMutation(trpc.promotion.reject.mutationOptions({ onSuccess: finish("reject") })),
    cancel: useMutation(trpc.promotion.cancel.mutationOptions({ onSuccess: finish("cancel") })),
  };
  const possible = KINDS[promotion.status] ?? [];
  const isManager = role !== undefined && hasRole(role, "MANAGER");
  const kinds = isManager ? possible : [];

  function submit(kind: Kind, comment: string) {
    const id = promotion.id;
    if (kind === "approve") mutations.approve.mutate({ id, ...(comment ? { comment } : {}) });
    else mutations[kind].mutate({ id, comment });
  }

  const { decision } = promotion;
  return (
    <Card className="space-y-3">
      <h2 className="font-medium text-tremor-content-strong">{t.decision}</h2>
      <div className="text-sm" data-testid="promotion-decision">
        {decision.at ? (
          <>
            <p>
              {format(t.decided, {
                name: decision.byName ?? t.system,
                time: formatDateTime(decision.at, timeZone),
              })}
            </p>
            <p className="text-tremor-content">{decision.comment || t.noComment}</p>
          </>
        ) : (
          <p className="text-tremor-content">{t.undecided}</p>
        )}
      </div>
      {done && (
        <p role="status" className="text-sm text-emerald-700">
          {t.done[done]}
        </p>
      )}
      {role !== undefined && !isManager && possible.length > 0 && (
        <p className="text-sm text-tremor-content">{t.managerOnly}</p>
      )}
      {kinds.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {kinds.map((kind) => (
            <button
              key={kind}
              type="button"
              aria-pressed={open === kind}
              onClick={() => {
                mutations[kind].reset();
                setDone(null);
                setOpen(open === kind ? null : kind);
              }}
              className={`rounded-md border px-3 py-1.5 text-sm ${open === kind ? "border-tremor-brand bg-tremor-brand-faint text-tremor-brand-emphasis" : "border-tremor-border bg-white hover:bg-tremor-background-subtle"}`}
            >
              {t.actions[kind]}
            </button>
          ))}
        </div>
      )}
      {open && (
        <ActionForm
          key={open}
          label={t.actions[open]}
          submitLabel={t.actions[open]}
          fields={["comment"]}
          error={mutations[open].error}
          pending={mutations[open].isPending}
          onCancel={() => setOpen(null)}
          onSubmit={(form) => submit(open, textOf(form, "comment"))}
        >
          <label className="block text-sm text-tremor-content-emphasis md:col-span-3">
            {t.comments[open]}
            <input name="comment" className={actionInput} />
            <FieldError message={fieldError(mutations[open].error, "comment")} />
          </label>
        </ActionForm>
      )}
    </Card>
  );
}
