"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { PROMOTION_STATUSES, type PromotionStatus } from "./promotion-display";

export interface PromotionFilters {
  /** The approval queue unless the URL asks for another status or ALL. */
  status: PromotionStatus | "ALL";
  page: number;
}

/** The status tab and page live in the URL, so returning from a promotion keeps the list as it was. */
export function usePromotionFilters() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();

  const status = params.get("status") ?? "";
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  const filters: PromotionFilters = {
    status:
      status === "ALL" || (PROMOTION_STATUSES as string[]).includes(status)
        ? (status as PromotionFilters["status"])
        : "PENDING_APPROVAL",
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };

  /** A new tab starts again from page 1. */
  function update(change: Partial<PromotionFilters>) {
    const next = { ...filters, page: 1, ...change };
    const query = new URLSearchParams();
    if (next.status !== "PENDING_APPROVAL") query.set("status", next.status);
    if (next.page > 1) query.set("page", String(next.page));
    const qs = query.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  }

  return { filters, update };
}
