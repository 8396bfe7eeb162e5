"use client";

import type { RouterInputs } from "@shelfloop/api";
import { useMutation } from "@tanstack/react-query";
import { ActionForm, actionInput, numberOf, textOf } from "~/components/action-form";
import { FieldError, fieldError } from "~/components/field-error";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { useAfterStockAction } from "./use-batch-action";

const t = messages.batchActions;
type Category = RouterInputs["stock"]["writeOff"]["category"];
const CATEGORIES = Object.keys(t.categories) as Category[];

/** Units of the batch removed as a loss, with the reason category (and a note, required for 其他). */
export function WriteOffForm({
  batchId,
  onDone,
  onCancel,
}: {
  batchId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const writeOff = useMutation(
    trpc.stock.writeOff.mutationOptions({ onSuccess: useAfterStockAction(onDone) }),
  );
  return (
    <ActionForm
      label={t.writeOff}
      fields={["quantity", "category", "note"]}
      error={writeOff.error}
      pending={writeOff.isPending}
      onCancel={onCancel}
      onSubmit={(form) =>
        writeOff.mutate({
          batchId,
          quantity: numberOf(form, "quantity"),
          category: textOf(form, "category") as Category,
          note: textOf(form, "note"),
        })
      }
    >
      <label className="block text-sm text-tremor-content-emphasis">
        {t.quantity}
        <input name="quantity" type="number" min={1} step={1} className={actionInput} />
        <FieldError message={fieldError(writeOff.error, "quantity")} />
      </label>
      <label className="block text-sm text-tremor-content-emphasis">
        {t.category}
        <select name="category" defaultValue="EXPIRED" className={actionInput}>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t.categories[category]}
            </option>
          ))}
        </select>
        <FieldError message={fieldError(writeOff.error, "category")} />
      </label>
      <label className="block text-sm text-tremor-content-emphasis">
        {t.note}
        <input name="note" className={actionInput} />
        <FieldError message={fieldError(writeOff.error, "note")} />
      </label>
    </ActionForm>
  );
}
