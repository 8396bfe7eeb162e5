"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fieldError } from "~/components/field-error";
import { useDebounced } from "~/components/use-debounced";
import { useTRPC } from "~/trpc/react";

/** The receiving form's values as typed: dates "YYYY-MM-DD" or blank, the quantity as text. */
export interface ReceiptDraft {
  lotCode: string;
  productionDate: string;
  expiryDate: string;
  quantity: string;
}

/** The date and quantity fields, whose problems the preview reports. */
export type PreviewField = "productionDate" | "expiryDate" | "quantity";

/**
 * What the server would receive for the draft (dates resolved, days left, tier), refreshed once
 * typing settles; and the preview's problem for a field, to show next to it.
 */
export function useReceiptPreview(warehouseId: string, productId: string, draft: ReceiptDraft) {
  const trpc = useTRPC();
  const settled = useDebounced(draft);
  const preview = useQuery({
    ...trpc.stock.previewReceipt.queryOptions({
      warehouseId,
      productId,
      productionDate: settled.productionDate || undefined,
      expiryDate: settled.expiryDate || undefined,
      // Anything but a whole number is refused by the server with its reason on the field.
      quantity: Number(settled.quantity),
    }),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const problem = (field: PreviewField | "shelfLife") =>
    preview.data && !preview.data.ok
      ? preview.data.errors.find((error) => error.field === field)?.message
      : fieldError(preview.error, field);
  return { preview, problem };
}
