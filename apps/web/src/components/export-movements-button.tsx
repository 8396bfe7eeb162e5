"use client";

import type { RouterInputs } from "@shelfloop/api";
import { useQueryClient } from "@tanstack/react-query";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { CsvExportButton } from "./csv-export-button";

/** Downloads the ledger rows matching `filter` as 库存流水-YYYY-MM-DD.csv. */
export function ExportMovementsButton({ filter }: { filter: RouterInputs["stock"]["exportMovements"] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (
    <CsvExportButton
      label={messages.ledger.export}
      load={() =>
        queryClient.fetchQuery({
          ...trpc.stock.exportMovements.queryOptions(filter),
          staleTime: 0,
          gcTime: 0,
        })
      }
    />
  );
}
