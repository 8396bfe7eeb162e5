"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { authButton, authInput } from "~/components/auth-card";
import { FieldError, fieldError, formError } from "~/components/field-error";
import { messages } from "~/i18n";
import { signInWithPassword } from "~/lib/sign-in";
import { useTRPC } from "~/trpc/react";

const t = messages.signUp;
const FIELDS = ["tenantName", "slug", "ownerName", "email", "phone", "password"] as const;
type Field = (typeof FIELDS)[number];

/** Creates the tenant and its owner, signs the owner in and opens warehouse setup (the first step). */
export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [signInFailed, setSignInFailed] = useState(false);
  const signUp = useMutation(trpc.onboarding.signUp.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: Field) => String(form.get(name) ?? "").trim();
    const input = Object.fromEntries(FIELDS.map((name) => [name, value(name)])) as Record<Field, string>;
    setSignInFailed(false);
    try {
      await signUp.mutateAsync(input);
    } catch {
      return; // shown from signUp.error
    }
    const outcome = await signInWithPassword({ login: input.email || input.phone, password: input.password });
    if (outcome !== "ok") return setSignInFailed(true);
    router.replace("/settings/warehouses");
    router.refresh();
  }

  const error = (name: Field) => fieldError(signUp.error, name);
  const text = (name: Field, label: string, type = "text", autoComplete?: string) => (
    <label className="block text-sm text-tremor-content-emphasis">
      {label}
      <input
        name={name}
        type={type}
        autoComplete={autoComplete}
        className={authInput}
        aria-invalid={Boolean(error(name))}
      />
      <FieldError message={error(name)} />
    </label>
  );
  const general = formError(signUp.error, FIELDS) ?? (signInFailed ? messages.signIn.failed : undefined);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {text("tenantName", t.tenantName, "text", "organization")}
      {text("slug", t.slug)}
      {text("ownerName", t.ownerName, "text", "name")}
      <p className="text-xs text-tremor-content">{t.contactHint}</p>
      {text("email", t.email, "email", "email")}
      {text("phone", t.phone, "tel", "tel")}
      {text("password", t.password, "password", "new-password")}
      {general && (
        <p role="alert" className="rounded-tremor-small bg-rose-50 px-3 py-2 text-sm text-rose-700">
          {general}
        </p>
      )}
      <button type="submit" disabled={signUp.isPending} className={authButton}>
        {signUp.isPending ? t.submitting : t.submit}
      </button>
      <p className="text-center text-sm text-tremor-content">
        {t.haveAccount}{" "}
        <Link href="/sign-in" className="text-tremor-brand hover:underline">
          {t.signIn}
        </Link>
      </p>
    </form>
  );
}
