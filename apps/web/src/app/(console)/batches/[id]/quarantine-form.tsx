"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionForm, actionInput, textOf } from "~/components/action-form";
import { FieldError, fieldError } from "~/components/field-error";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { useAfterStockAction } from "./use-batch-action";

const t = messages.batchActions;

/** Holds the batch back from sale (冻结) or releases it (解冻), with the reason for the audit log. */
export function QuarantineForm({
  batchId,
  quarantined,
  onDone,
  onCancel,
}: {
  batchId: string;
  /** What the batch will be after the action. */
  quarantined: boolean;
  onDone: () => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const quarantine = useMutation(
    trpc.stock.setQuarantine.mutationOptions({ onSuccess: useAfterStockAction(onDone) }),
  );
  return (
    <ActionForm
      label={quarantined ? t.quarantine : t.release}
      fields={["reason"]}
      error={quarantine.error}
      pending={quarantine.isPending}
      onCancel={onCancel}
      onSubmit={(form) => quarantine.mutate({ batchId, quarantined, reason: textOf(form, "reason") })}
    >
      <label className="block text-sm text-tremor-content-emphasis md:col-span-3">
        {t.reason}
        <input name="reason" className={actionInput} />
        <FieldError message={fieldError(quarantine.error, "reason")} />
      </label>
    </ActionForm>
  );
}
