"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useDebounced } from "~/components/use-debounced";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import type { PolicyTarget } from "./tier-settings-view";

const t = messages.tiers;
const field = "rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm";

/** Chooses whose policy is edited: the tenant's, a category's, or one product's. */
export function ScopePicker({
  target,
  onChange,
}: {
  target: PolicyTarget;
  onChange: (target: PolicyTarget) => void;
}) {
  const trpc = useTRPC();
  const categories = useQuery(trpc.batch.filterOptions.queryOptions()).data?.categories ?? [];
  const [query, setQuery] = useState("");
  const products = useQuery({
    ...trpc.product.search.queryOptions({ query: useDebounced(query) }),
    enabled: target.scope === "PRODUCT",
  });

  const chooseScope = (scope: PolicyTarget["scope"]) => {
    if (scope === "TENANT") onChange({ scope });
    if (scope === "CATEGORY" && categories[0]) onChange({ scope, category: categories[0] });
    if (scope === "PRODUCT" && products.data?.[0]) onChange({ scope, productId: products.data[0].id });
    if (scope === "PRODUCT" && !products.data?.[0]) onChange({ scope: "PRODUCT", productId: "" });
  };

  return (
    <div className="flex flex-wrap items-center gap-3">
      <label className="text-sm text-tremor-content">
        {t.scope}{" "}
        <select
          className={field}
          value={target.scope}
          onChange={(e) => chooseScope(e.target.value as PolicyTarget["scope"])}
        >
          {(["TENANT", "CATEGORY", "PRODUCT"] as const).map((scope) => (
            <option key={scope} value={scope}>
              {t.scopes[scope]}
            </option>
          ))}
        </select>
      </label>
      {target.scope === "CATEGORY" && (
        <select
          aria-label={t.chooseCategory}
          className={field}
          value={target.category}
          onChange={(e) => onChange({ scope: "CATEGORY", category: e.target.value })}
        >
          {categories.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </select>
      )}
      {target.scope === "PRODUCT" && (
        <>
          <input
            className={field}
            placeholder={t.searchProduct}
            aria-label={t.searchProduct}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <select
            aria-label={t.scopes.PRODUCT}
            className={field}
            value={target.productId}
            onChange={(e) => onChange({ scope: "PRODUCT", productId: e.target.value })}
          >
            {target.productId === "" && <option value="">—</option>}
            {(products.data ?? []).map((product) => (
              <option key={product.id} value={product.id}>
                {product.sku} {product.name}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
