"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { useDebounced } from "./use-debounced";

export type ProductOption = RouterOutputs["product"]["search"][number];

const field = "rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm";

/**
 * Finds a product by name or SKU: a search box and the matches to choose from. `selectLabel` names
 * the choice for screen readers and tests, `noneLabel` its empty option; `selectedLabel` keeps a
 * chosen product (from the URL, say) listed while the search no longer matches it.
 */
export function ProductSearch({
  searchLabel,
  selectLabel,
  noneLabel,
  selectedId,
  selectedLabel,
  onChange,
}: {
  searchLabel: string;
  selectLabel: string;
  noneLabel: string;
  selectedId: string;
  selectedLabel?: string | undefined;
  onChange: (product: ProductOption | null) => void;
}) {
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const matches = useQuery(trpc.product.search.queryOptions({ query: useDebounced(query) }));
  const options = matches.data ?? [];
  const keepSelected = selectedId !== "" && !options.some((option) => option.id === selectedId);
  return (
    <div className="flex flex-wrap gap-2">
      <input
        type="search"
        className={`${field} min-w-48 flex-1`}
        placeholder={searchLabel}
        aria-label={searchLabel}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <select
        aria-label={selectLabel}
        className={`${field} min-w-48 flex-1`}
        value={keepSelected && !selectedLabel ? "" : selectedId}
        onChange={(event) => onChange(options.find((option) => option.id === event.target.value) ?? null)}
      >
        <option value="">{noneLabel}</option>
        {keepSelected && selectedLabel && <option value={selectedId}>{selectedLabel}</option>}
        {options.map((product) => (
          <option key={product.id} value={product.id}>
            {product.sku} {product.name}
          </option>
        ))}
      </select>
    </div>
  );
}
