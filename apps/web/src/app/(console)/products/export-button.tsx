"use client";

import { useQueryClient } from "@tanstack/react-query";
import { CsvExportButton } from "~/components/csv-export-button";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

/** Downloads the whole catalogue as 商品目录-YYYY-MM-DD.csv, in the layout the import reads. */
export function ExportButton() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (
    <CsvExportButton
      label={messages.products.export}
      load={() =>
        queryClient.fetchQuery({ ...trpc.product.exportCsv.queryOptions(), staleTime: 0, gcTime: 0 })
      }
    />
  );
}
