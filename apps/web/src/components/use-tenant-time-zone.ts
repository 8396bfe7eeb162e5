"use client";

import { useMember } from "./use-member";

/** The tenant's IANA timezone, for showing instants on the merchant's clock. */
export function useTenantTimeZone(): string {
  return useMember().timeZone;
}
