"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

/** The tenant's IANA timezone, for showing instants on the merchant's clock. */
export function useTenantTimeZone(): string {
  const trpc = useTRPC();
  return useQuery(trpc.tenant.current.queryOptions()).data?.timezone ?? "Asia/Shanghai";
}
