"use client";

import { messages } from "~/i18n";

export function LoadingState() {
  return (
    <p role="status" className="py-12 text-center text-sm text-tremor-content">
      {messages.states.loading}
    </p>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div
      role="alert"
      className="rounded-tremor-default border border-rose-200 bg-rose-50 p-6 text-sm text-rose-700"
    >
      <p className="font-medium">{messages.states.error}</p>
      <p className="mt-1">{message}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-3 rounded-md border border-rose-300 px-3 py-1 hover:bg-rose-100"
      >
        {messages.states.retry}
      </button>
    </div>
  );
}
