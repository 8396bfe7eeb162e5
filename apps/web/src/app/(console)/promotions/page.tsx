import { Suspense } from "react";
import { LoadingState } from "~/components/query-state";
import { PromotionsView } from "./promotions-view";

export default function PromotionsPage() {
  // useSearchParams needs a Suspense boundary when the page is rendered on the server.
  return (
    <Suspense fallback={<LoadingState />}>
      <PromotionsView />
    </Suspense>
  );
}
