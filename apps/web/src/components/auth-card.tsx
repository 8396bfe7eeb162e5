import type { ReactNode } from "react";
import { messages } from "~/i18n";

/** The centred card of the pages outside the console: sign-in, sign-up, invitations. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm rounded-tremor-default border border-tremor-border bg-white p-8 shadow-tremor-card">
        <p className="text-2xl font-semibold text-tremor-brand">{messages.app.name}</p>
        <p className="mb-6 mt-1 text-sm text-tremor-content">{messages.app.tagline}</p>
        <h1 className="mb-4 text-tremor-title font-medium text-tremor-content-strong">{title}</h1>
        {children}
      </div>
    </main>
  );
}

/** Input styling shared by these forms. */
export const authInput =
  "mt-1 w-full rounded-tremor-small border border-tremor-border px-3 py-2 text-tremor-default shadow-tremor-input outline-none focus:border-tremor-brand-subtle focus:ring-2 focus:ring-tremor-brand-muted";
export const authButton =
  "w-full rounded-tremor-small bg-tremor-brand px-4 py-2 font-medium text-white hover:bg-tremor-brand-emphasis disabled:opacity-60";
