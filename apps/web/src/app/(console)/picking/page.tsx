import { Suspense } from "react";
import { LoadingState } from "~/components/query-state";
import { PickingView } from "./picking-view";

export default function PickingPage() {
  // useSearchParams (the warehouse and product from a batch page) needs a Suspense boundary.
  return (
    <Suspense fallback={<LoadingState />}>
      <PickingView />
    </Suspense>
  );
}
