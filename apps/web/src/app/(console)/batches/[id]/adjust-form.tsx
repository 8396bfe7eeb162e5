"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionForm, actionInput, numberOf, textOf } from "~/components/action-form";
import { FieldError, fieldError } from "~/components/field-error";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { useAfterStockAction } from "./use-batch-action";

const t = messages.batchActions;

/** A correction after counting: units found (positive) or missing (negative), and why. */
export function AdjustForm({
  batchId,
  onDone,
  onCancel,
}: {
  batchId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const adjust = useMutation(trpc.stock.adjust.mutationOptions({ onSuccess: useAfterStockAction(onDone) }));
  return (
    <ActionForm
      label={t.adjust}
      fields={["delta", "note"]}
      error={adjust.error}
      pending={adjust.isPending}
      onCancel={onCancel}
      onSubmit={(form) =>
        adjust.mutate({ batchId, delta: numberOf(form, "delta"), note: textOf(form, "note") })
      }
    >
      <label className="block text-sm text-tremor-content-emphasis">
        {t.delta}
        <input name="delta" type="number" step={1} className={actionInput} />
        <FieldError message={fieldError(adjust.error, "delta")} />
      </label>
      <label className="block text-sm text-tremor-content-emphasis md:col-span-2">
        {t.note}
        <input name="note" className={actionInput} />
        <FieldError message={fieldError(adjust.error, "note")} />
      </label>
    </ActionForm>
  );
}
