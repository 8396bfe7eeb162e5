import { Suspense } from "react";
import { LoadingState } from "~/components/query-state";
import { ReceivingView } from "./receiving-view";

export default function ReceivingPage() {
  // useSearchParams (the chosen warehouse) needs a Suspense boundary when rendered on the server.
  return (
    <Suspense fallback={<LoadingState />}>
      <ReceivingView />
    </Suspense>
  );
}
