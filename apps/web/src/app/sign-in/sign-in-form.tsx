"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { getCsrfToken } from "next-auth/react";
import { type FormEvent, useEffect, useState } from "react";
import { authButton, authInput } from "~/components/auth-card";
import { format, messages } from "~/i18n";
import { signInWithPassword } from "~/lib/sign-in";

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
    const outcome = await signInWithPassword({
      login: String(form.get("login") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (outcome === "ok") {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setError(
      typeof outcome === "object"
        ? format(t.tooManyAttempts, { minutes: outcome.retryAfterMinutes })
        : outcome === "invalid"
          ? t.invalid
          : t.failed,
    );
    setSubmitting(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <label className="block text-sm text-tremor-content-emphasis">
        {t.login}
        <input
          name="login"
          type="text"
          autoComplete="username"
          required
          maxLength={254}
          className={authInput}
        />
      </label>
      <label className="block text-sm text-tremor-content-emphasis">
        {t.password}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={256}
          className={authInput}
        />
      </label>
      {error && (
        <p role="alert" className="rounded-tremor-small bg-rose-50 px-3 py-2 text-sm text-rose-700">
          {error}
        </p>
      )}
      <button type="submit" disabled={!ready || submitting} className={authButton}>
        {submitting ? t.submitting : t.submit}
      </button>
      <p className="text-center text-sm text-tremor-content">
        {t.noAccount}{" "}
        <Link href="/sign-up" className="text-tremor-brand hover:underline">
          {t.signUp}
        </Link>
      </p>
    </form>
  );
}
