"use client";

import type { RouterInputs } from "@shelfloop/api";
import { isCalendarDate } from "@shelfloop/core";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { messages } from "~/i18n";

export type MovementType = NonNullable<RouterInputs["stock"]["listMovements"]["type"]>;
export const MOVEMENT_TYPES = Object.keys(messages.batch.movementTypes) as MovementType[];

export interface LedgerFilters {
  warehouseId: string;
  productId: string;
  type: MovementType | "";
  /** First and last day, "YYYY-MM-DD" in the tenant's timezone, or "". */
  from: string;
  to: string;
  page: number;
}

const PARAMS = {
  warehouseId: "warehouse",
  productId: "product",
  type: "type",
  from: "from",
  to: "to",
} as const;

/** Ledger filters live in the URL, so a filtered ledger can be bookmarked, shared and reloaded. */
export function useLedgerFilters() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const date = (name: string) => {
    const value = params.get(name) ?? "";
    return isCalendarDate(value) ? value : "";
  };
  const type = params.get("type") ?? "";
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  const filters: LedgerFilters = {
    warehouseId: params.get("warehouse") ?? "",
    productId: params.get("product") ?? "",
    type: (MOVEMENT_TYPES as string[]).includes(type) ? (type as MovementType) : "",
    from: date("from"),
    to: date("to"),
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };

  /** Any change but paging starts again from page 1. */
  function update(change: Partial<LedgerFilters>) {
    const next = { ...filters, page: 1, ...change };
    const query = new URLSearchParams();
    for (const [key, name] of Object.entries(PARAMS)) {
      const value = next[key as keyof typeof PARAMS];
      if (value) query.set(name, value);
    }
    if (next.page > 1) query.set("page", String(next.page));
    const qs = query.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  }

  return { filters, update };
}
