import { Suspense } from "react";
import { LoadingState } from "~/components/query-state";
import { ProductsView } from "./products-view";

export default function ProductsPage() {
  // useSearchParams needs a Suspense boundary when the page is rendered on the server.
  return (
    <Suspense fallback={<LoadingState />}>
      <ProductsView />
    </Suspense>
  );
}
