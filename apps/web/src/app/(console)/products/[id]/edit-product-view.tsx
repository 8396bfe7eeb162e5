"use client";

import { hasRole } from "@shelfloop/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter, useSearchParams } from "next/navigation";
import { ErrorState, LoadingState } from "~/components/query-state";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { ProductForm } from "../product-form";
import { safeReturnTo } from "../product-form-values";

/** A product's page: an edit form for managers and above, the same fields read-only for others. */
export function EditProductView({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const returnTo = safeReturnTo(useSearchParams().get("returnTo")) ?? "/products";
  const member = useQuery(trpc.tenant.current.queryOptions());
  const product = useQuery(trpc.product.get.queryOptions({ id }));
  const categories = useQuery(trpc.batch.filterOptions.queryOptions()).data?.categories ?? [];
  const update = useMutation(
    trpc.product.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.product.pathKey() });
        router.push(returnTo);
      },
    }),
  );

  if (member.isPending || product.isPending) return <LoadingState />;
  if (product.isError)
    return <ErrorState message={product.error.message} onRetry={() => product.refetch()} />;
  const canEdit = member.data ? hasRole(member.data.role, "MANAGER") : false;
  return (
    <ProductForm
      title={canEdit ? messages.product.editTitle : messages.product.viewTitle}
      product={product.data}
      categories={categories}
      readOnly={!canEdit}
      pending={update.isPending || update.isSuccess}
      error={update.error}
      cancelHref={returnTo}
      onSubmit={(values) => update.mutate({ ...values, id })}
      onEdit={update.reset}
    />
  );
}
