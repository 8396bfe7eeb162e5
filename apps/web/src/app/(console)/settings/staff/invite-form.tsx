"use client";

import type { Role } from "@shelfloop/core";
import { hasRole } from "@shelfloop/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { CheckboxGroup } from "~/components/checkbox-group";
import { FieldError, fieldError, formError } from "~/components/field-error";
import { FormFooter } from "~/components/form-footer";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.staff;
const INVITABLE = ["ADMIN", "MANAGER", "STAFF", "VIEWER"] as const;
const input = "mt-1 w-full rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm";

/** Invites by email or phone; the link is shown once, to be sent through WeCom or SMS. */
export function InviteForm({
  myRole,
  warehouses,
}: {
  myRole: Role;
  warehouses: readonly { id: string; name: string }[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const invite = useMutation(
    trpc.staff.invite.mutationOptions({
      onSuccess: ({ token }) => {
        setLink(`${window.location.origin}/invite/${token}`);
        setCopied(false);
        return queryClient.invalidateQueries({ queryKey: trpc.staff.listInvitations.queryKey() });
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const contact = String(form.get("contact") ?? "").trim();
    const isPhone = /^\+?\d[\d\s-]*$/.test(contact);
    invite.mutate({
      ...(isPhone ? { phone: contact.replace(/[\s-]/g, "") } : { email: contact }),
      role: String(form.get("role")) as (typeof INVITABLE)[number],
      warehouseIds: form.getAll("warehouse").map(String),
    });
  }

  const contactError = fieldError(invite.error, "email") ?? fieldError(invite.error, "phone");
  const general = formError(invite.error, ["email", "phone", "role", "warehouseIds"]);
  return (
    <form onSubmit={submit} className="grid gap-3 md:grid-cols-3" noValidate aria-label={t.invite}>
      <label className="block text-sm text-tremor-content-emphasis">
        {t.contact}
        <input name="contact" className={input} />
        <FieldError message={contactError} />
      </label>
      <label className="block text-sm text-tremor-content-emphasis">
        {t.role}
        <select name="role" defaultValue="STAFF" className={input}>
          {INVITABLE.filter((role) => hasRole(myRole, role)).map((role) => (
            <option key={role} value={role}>
              {messages.roles[role]}
            </option>
          ))}
        </select>
        <FieldError message={fieldError(invite.error, "role")} />
      </label>
      <div className="text-sm text-tremor-content-emphasis">
        {t.warehouses}
        <div className="mt-2">
          <CheckboxGroup name="warehouse" options={warehouses} />
        </div>
      </div>
      <FormFooter
        error={general}
        submitLabel={t.send}
        disabled={invite.isPending}
        className="md:col-span-3"
      />
      {link && (
        <div className="rounded-tremor-small bg-tremor-brand-faint p-3 text-sm md:col-span-3" role="status">
          <p>{t.link}</p>
          <div className="mt-2 flex gap-2">
            <input
              readOnly
              value={link}
              className={`${input} mt-0 font-mono`}
              aria-label={t.link}
              data-testid="invite-link"
            />
            <button
              type="button"
              className="whitespace-nowrap rounded-md border border-tremor-border bg-white px-3 text-sm"
              onClick={() => navigator.clipboard?.writeText(link).then(() => setCopied(true))}
            >
              {copied ? t.copied : t.copy}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
