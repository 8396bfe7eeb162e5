import { Suspense } from "react";
import { LoadingState } from "~/components/query-state";
import { NewProductView } from "./new-product-view";

export default function NewProductPage() {
  // useSearchParams (?gtin=, ?returnTo=) needs a Suspense boundary when rendered on the server.
  return (
    <Suspense fallback={<LoadingState />}>
      <NewProductView />
    </Suspense>
  );
}
