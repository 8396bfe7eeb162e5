"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";

export interface ProductFilters {
  search: string;
  category: string;
  /** "" for any status. */
  status: "" | "active" | "inactive";
  page: number;
}

/** Product list filters live in the URL, so returning from a product keeps the list as it was. */
export function useProductFilters() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();

  const status = params.get("status");
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  const filters: ProductFilters = {
    search: params.get("q") ?? "",
    category: params.get("category") ?? "",
    status: status === "active" || status === "inactive" ? status : "",
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };

  /** Any change but paging starts again from page 1. */
  function update(change: Partial<ProductFilters>) {
    const next = { ...filters, page: 1, ...change };
    const query = new URLSearchParams();
    if (next.search) query.set("q", next.search);
    if (next.category) query.set("category", next.category);
    if (next.status) query.set("status", next.status);
    if (next.page > 1) query.set("page", String(next.page));
    const qs = query.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  }

  return { filters, update };
}
