"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";

/**
 * The warehouse receiving into, kept in the URL (?warehouse=) so a reload, a bookmark, or the way
 * back from creating a product keeps it. With a single warehouse it is chosen without asking.
 */
export function useReceivingWarehouse(warehouses: readonly { id: string }[]) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const requested = params.get("warehouse") ?? "";
  const only = warehouses.length === 1 ? (warehouses[0]?.id ?? "") : "";
  const warehouseId = warehouses.some((warehouse) => warehouse.id === requested) ? requested : only;
  const choose = (id: string) =>
    router.replace(id ? `${pathname}?warehouse=${encodeURIComponent(id)}` : pathname, { scroll: false });
  return { warehouseId, choose };
}
