"use client";

import { REMAINING_BAND_KEYS, type RemainingBand } from "@shelfloop/core";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

export interface BatchFilters {
  search: string;
  warehouseId: string;
  category: string;
  band: RemainingBand | "";
  /** Tier keys (from an alert's link); empty: any tier. */
  tiers: string[];
  /** ISO instant (from an alert's link): only batches whose tier changed since; "" for any. */
  changedSince: string;
  page: number;
}

const isInstant = (value: string) => value !== "" && !Number.isNaN(Date.parse(value));

/** Batch list filters live in the URL, so a filtered page can be bookmarked, shared and reloaded. */
export function useBatchFilters() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();

  const band = params.get("band") ?? "";
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  const filters: BatchFilters = {
    search: params.get("q") ?? "",
    warehouseId: params.get("warehouse") ?? "",
    category: params.get("category") ?? "",
    band: (REMAINING_BAND_KEYS as string[]).includes(band) ? (band as RemainingBand) : "",
    tiers: (params.get("tier") ?? "").split(",").filter(Boolean),
    changedSince: isInstant(params.get("changedSince") ?? "") ? (params.get("changedSince") as string) : "",
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };

  /** Any change but paging starts again from page 1. */
  function update(change: Partial<BatchFilters>) {
    const next = { ...filters, page: 1, ...change };
    const query = new URLSearchParams();
    if (next.search) query.set("q", next.search);
    if (next.warehouseId) query.set("warehouse", next.warehouseId);
    if (next.category) query.set("category", next.category);
    if (next.band) query.set("band", next.band);
    if (next.tiers.length > 0) query.set("tier", next.tiers.join(","));
    if (next.changedSince) query.set("changedSince", next.changedSince);
    if (next.page > 1) query.set("page", String(next.page));
    const qs = query.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  }

  return { filters, update };
}
