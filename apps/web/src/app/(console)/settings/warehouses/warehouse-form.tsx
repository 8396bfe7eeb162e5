"use client";

import type { AppRouter, RouterInputs, RouterOutputs } from "@shelfloop/api";
import type { TRPCClientErrorLike } from "@trpc/client";
import type { FormEvent } from "react";
import { FieldError, fieldError, formError } from "~/components/field-error";
import { FormFooter } from "~/components/form-footer";
import { messages } from "~/i18n";

const t = messages.warehouses;
const input = "mt-1 w-full rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm";
const FIELDS = ["code", "name", "address", "timezone"] as const;
export type Warehouse = RouterOutputs["warehouse"]["list"][number];

/** Creates or edits a warehouse or store. */
export function WarehouseForm({
  warehouse,
  onSubmit,
  onCancel,
  error,
  pending,
}: {
  warehouse: Warehouse | null;
  onSubmit: (input: RouterInputs["warehouse"]["save"]) => void;
  onCancel: () => void;
  error: TRPCClientErrorLike<AppRouter> | null;
  pending: boolean;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    onSubmit({
      ...(warehouse ? { id: warehouse.id } : {}),
      code: text("code"),
      name: text("name"),
      address: text("address") || null,
      timezone: text("timezone") || null,
    });
  }
  const general = formError(error, FIELDS);
  const labels: Record<(typeof FIELDS)[number], string> = {
    code: t.code,
    name: t.name,
    address: t.address,
    timezone: t.timezone,
  };
  return (
    <form onSubmit={submit} className="grid gap-3 md:grid-cols-2" noValidate aria-label={t.add}>
      {FIELDS.map((name) => (
        <label key={name} className="block text-sm text-tremor-content-emphasis">
          {labels[name]}
          <input
            name={name}
            defaultValue={warehouse?.[name] ?? ""}
            placeholder={name === "timezone" ? "Asia/Shanghai" : undefined}
            className={input}
          />
          <FieldError message={fieldError(error, name)} />
        </label>
      ))}
      <FormFooter
        error={general}
        submitLabel={t.save}
        disabled={pending}
        onCancel={onCancel}
        cancelLabel={t.cancel}
        className="md:col-span-2"
      />
    </form>
  );
}
