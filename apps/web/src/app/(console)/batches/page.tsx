import { Suspense } from "react";
import { LoadingState } from "~/components/query-state";
import { BatchesView } from "./batches-view";

export default function BatchesPage() {
  // useSearchParams needs a Suspense boundary when the page is rendered on the server.
  return (
    <Suspense fallback={<LoadingState />}>
      <BatchesView />
    </Suspense>
  );
}
