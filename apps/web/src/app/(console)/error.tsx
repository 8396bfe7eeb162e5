"use client";

import { ErrorState } from "~/components/query-state";

export default function ConsoleError({ error, reset }: { error: Error; reset: () => void }) {
  return <ErrorState message={error.message} onRetry={reset} />;
}
