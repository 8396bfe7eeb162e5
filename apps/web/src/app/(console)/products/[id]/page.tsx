import { Suspense } from "react";
import { LoadingState } from "~/components/query-state";
import { EditProductView } from "./edit-product-view";

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense fallback={<LoadingState />}>
      <EditProductView id={id} />
    </Suspense>
  );
}
