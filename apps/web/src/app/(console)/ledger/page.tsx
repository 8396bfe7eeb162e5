import { Suspense } from "react";
import { LoadingState } from "~/components/query-state";
import { LedgerView } from "./ledger-view";

export default function LedgerPage() {
  // useSearchParams (the filters) needs a Suspense boundary when rendered on the server.
  return (
    <Suspense fallback={<LoadingState />}>
      <LedgerView />
    </Suspense>
  );
}
