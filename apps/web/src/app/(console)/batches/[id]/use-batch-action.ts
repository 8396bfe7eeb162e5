"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

/** After a stock action: the batch, lists and ledger views show the new quantities. */
export function useAfterStockAction(onDone: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    onDone();
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.batch.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.stock.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.dashboard.pathKey() }),
    ]);
  };
}
