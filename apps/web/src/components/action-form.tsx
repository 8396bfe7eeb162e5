"use client";

import type { AppRouter } from "@shelfloop/api";
import type { TRPCClientErrorLike } from "@trpc/client";
import type { FormEvent, ReactNode } from "react";
import { formError } from "~/components/field-error";
import { FormFooter } from "~/components/form-footer";
import { messages } from "~/i18n";

const t = messages.batchActions;
export const actionInput = "mt-1 w-full rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm";

/**
 * The frame of an action on a batch or promotion: its fields, the refusal no field explains (e.g.
 * "库存不足：可用 3 件，需要 5 件"), confirm and cancel. `fields` are the inputs that show their own errors.
 */
export function ActionForm({
  label,
  submitLabel = t.submit,
  fields,
  error,
  pending,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  submitLabel?: string;
  fields: readonly string[];
  error: TRPCClientErrorLike<AppRouter> | null;
  pending: boolean;
  onSubmit: (form: FormData) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  }
  const general = formError(error, fields);
  return (
    <form onSubmit={submit} noValidate aria-label={label} className="space-y-3">
      <div className="grid gap-3 md:grid-cols-3">{children}</div>
      <FormFooter
        error={general}
        submitLabel={submitLabel}
        disabled={pending}
        onCancel={onCancel}
        cancelLabel={t.cancel}
      />
    </form>
  );
}

/** A form value as text (blank when absent). */
export const textOf = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
/** A form value as a number; blank or garbage becomes NaN, which the server refuses with its reason. */
export const numberOf = (form: FormData, name: string) =>
  textOf(form, name) === "" ? Number.NaN : Number(textOf(form, name));
