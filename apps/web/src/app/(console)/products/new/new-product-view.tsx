"use client";

import { hasRole } from "@shelfloop/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter, useSearchParams } from "next/navigation";
import { LoadingState } from "~/components/query-state";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { ProductForm } from "../product-form";
import { safeReturnTo } from "../product-form-values";

/**
 * A new product. `?gtin=` prefills the barcode and `?returnTo=` is where to go once it is saved: the
 * receiving page links here when it scans a barcode the catalogue does not know.
 */
export function NewProductView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const params = useSearchParams();
  const returnTo = safeReturnTo(params.get("returnTo"));
  const member = useQuery(trpc.tenant.current.queryOptions());
  const categories = useQuery(trpc.batch.filterOptions.queryOptions()).data?.categories ?? [];
  const create = useMutation(
    trpc.product.create.mutationOptions({
      onSuccess: async (product) => {
        await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
        router.push(returnTo ?? `/products?q=${encodeURIComponent(product.sku)}`);
      },
    }),
  );

  if (member.isPending) return <LoadingState />;
  if (!member.data || !hasRole(member.data.role, "STAFF"))
    return <p className="text-sm text-tremor-content">{messages.product.cannotCreate}</p>;
  return (
    <ProductForm
      title={messages.product.newTitle}
      product={null}
      initialGtin={params.get("gtin")?.trim() ?? ""}
      categories={categories}
      readOnly={false}
      pending={create.isPending || create.isSuccess}
      error={create.error}
      cancelHref={returnTo ?? "/products"}
      onSubmit={(values) => create.mutate(values)}
      onEdit={create.reset}
    />
  );
}
