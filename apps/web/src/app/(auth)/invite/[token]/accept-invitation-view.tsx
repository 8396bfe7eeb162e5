"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { AuthCard, authButton, authInput } from "~/components/auth-card";
import { FieldError, fieldError, formError } from "~/components/field-error";
import { LoadingState } from "~/components/query-state";
import { format, formatDateTime, messages } from "~/i18n";
import { signInWithPassword } from "~/lib/sign-in";
import { useTRPC } from "~/trpc/react";

const t = messages.invite;

/** Shows whose invitation this is; accepting sets a password (or confirms an existing one) and signs in. */
export function AcceptInvitationView({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const invitation = useQuery({ ...trpc.onboarding.viewInvitation.queryOptions({ token }), retry: false });
  const accept = useMutation(trpc.onboarding.acceptInvitation.mutationOptions());
  const [signInFailed, setSignInFailed] = useState(false);

  if (invitation.isPending) return <LoadingState />;
  if (invitation.isError) {
    return (
      <AuthCard title={t.invalid}>
        <p className="text-sm text-tremor-content">{invitation.error.message}</p>
      </AuthCard>
    );
  }
  const view = invitation.data;
  const title = format(t.title, { tenant: view.tenantName });
  if (view.state !== "OPEN") {
    return (
      <AuthCard title={title}>
        <p role="alert" className="text-sm text-rose-700">
          {t.states[view.state]}
        </p>
      </AuthCard>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    setSignInFailed(false);
    let joined: { login: string; tenantId: string };
    try {
      joined = await accept.mutateAsync({ token, password, name: String(form.get("name") ?? "").trim() });
    } catch {
      return; // shown from accept.error
    }
    const outcome = await signInWithPassword({ ...joined, password });
    if (outcome !== "ok") return setSignInFailed(true);
    router.replace("/");
    router.refresh();
  }

  const general =
    formError(accept.error, ["name", "password"]) ?? (signInFailed ? messages.signIn.failed : undefined);
  return (
    <AuthCard title={title}>
      <p className="mb-4 text-sm text-tremor-content">
        {format(t.as, {
          contact: view.email ?? view.phone ?? "",
          role: messages.roles[view.role],
          expires: formatDateTime(view.expiresAt, view.tenantTimezone),
        })}
      </p>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {!view.hasAccount && (
          <label className="block text-sm text-tremor-content-emphasis">
            {t.name}
            <input name="name" autoComplete="name" className={authInput} />
            <FieldError message={fieldError(accept.error, "name")} />
          </label>
        )}
        <label className="block text-sm text-tremor-content-emphasis">
          {view.hasAccount ? t.existingPassword : t.password}
          <input
            name="password"
            type="password"
            autoComplete={view.hasAccount ? "current-password" : "new-password"}
            className={authInput}
          />
          <FieldError message={fieldError(accept.error, "password")} />
        </label>
        {general && (
          <p role="alert" className="rounded-tremor-small bg-rose-50 px-3 py-2 text-sm text-rose-700">
            {general}
          </p>
        )}
        <button type="submit" disabled={accept.isPending} className={authButton}>
          {accept.isPending ? t.submitting : t.submit}
        </button>
      </form>
    </AuthCard>
  );
}
