"use client";

import { useRouter } from "next/navigation";
import { getCsrfToken, signIn } from "next-auth/react";
import { type FormEvent, useEffect, useState } from "react";
import { messages } from "~/i18n";

const t = messages.signIn;

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [ready, setReady] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Fetch the CSRF cookie once before enabling submit: a sign-in racing that first fetch is
  // silently refused by next-auth.
  useEffect(() => {
    getCsrfToken().finally(() => setReady(true));
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSubmitting(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        login: String(form.get("login") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setError(result?.error === "CredentialsSignin" ? t.invalid : t.failed);
    } catch {
      setError(t.failed);
    }
    setSubmitting(false);
  }

  const input =
    "mt-1 w-full rounded-tremor-small border border-tremor-border px-3 py-2 text-tremor-default shadow-tremor-input outline-none focus:border-tremor-brand-subtle focus:ring-2 focus:ring-tremor-brand-muted";
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <label className="block text-sm text-tremor-content-emphasis">
        {t.login}
        <input name="login" type="text" autoComplete="username" required maxLength={254} className={input} />
      </label>
      <label className="block text-sm text-tremor-content-emphasis">
        {t.password}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={256}
          className={input}
        />
      </label>
      {error && (
        <p role="alert" className="rounded-tremor-small bg-rose-50 px-3 py-2 text-sm text-rose-700">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={!ready || submitting}
        className="w-full rounded-tremor-small bg-tremor-brand px-4 py-2 font-medium text-white hover:bg-tremor-brand-emphasis disabled:opacity-60"
      >
        {submitting ? t.submitting : t.submit}
      </button>
    </form>
  );
}
