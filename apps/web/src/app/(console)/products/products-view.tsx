"use client";

import { formatFen, hasRole } from "@shelfloop/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Badge, TableCell, TableRow, Text, TextInput } from "@tremor/react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { FilterSelect } from "~/components/filter-select";
import { PagedTable } from "~/components/paged-table";
import { format, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { ExportButton } from "./export-button";
import { type ProductFilters, useProductFilters } from "./use-product-filters";

const t = messages.products;
const PAGE_SIZE = 20;
const action =
  "rounded-md border border-tremor-border bg-white px-3 py-1.5 text-sm hover:bg-tremor-background-subtle";

export function ProductsView() {
  const trpc = useTRPC();
  const { filters, update } = useProductFilters();
  const [search, setSearch] = useState(filters.search);

  // Typing settles for 300 ms before it becomes a query.
  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => update({ search }), 300);
    return () => clearTimeout(timer);
  }, [search, filters.search, update]);

  const role = useQuery(trpc.tenant.current.queryOptions()).data?.role;
  // The categories the catalogue uses, as the batch list offers them.
  const categories = useQuery(trpc.batch.filterOptions.queryOptions()).data?.categories ?? [];
  const list = useQuery({
    ...trpc.product.list.queryOptions({
      search: filters.search || undefined,
      category: filters.category || undefined,
      active: filters.status === "" ? undefined : filters.status === "active",
      page: filters.page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-tremor-content-strong">{t.title}</h1>
          <Text>{t.subtitle}</Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {role && hasRole(role, "STAFF") && (
            <Link href="/products/new" className={action}>
              {t.add}
            </Link>
          )}
          {role && hasRole(role, "MANAGER") && (
            <Link href="/products/import" className={action}>
              {t.import}
            </Link>
          )}
          <ExportButton />
        </div>
      </div>
      <div className="grid gap-3 md:grid-cols-3">
        <TextInput value={search} onValueChange={setSearch} placeholder={t.search} aria-label={t.search} />
        <FilterSelect
          value={filters.category}
          onChange={(category) => update({ category })}
          allLabel={t.allCategories}
          options={categories.map((category) => ({ value: category, label: category }))}
        />
        <FilterSelect
          value={filters.status}
          onChange={(status) => update({ status: status as ProductFilters["status"] })}
          allLabel={t.allStatuses}
          options={[
            { value: "active", label: t.active },
            { value: "inactive", label: t.inactive },
          ]}
        />
      </div>

      <PagedTable
        list={list}
        columns={Object.values(t.columns)}
        rowsTestId="product-rows"
        empty={t.empty}
        summary={t.summary}
        summaryTestId="product-summary"
        onPage={(page) => update({ page })}
      >
        {(items) =>
          items.map((product) => (
            <TableRow key={product.id}>
              <TableCell>
                <Link
                  href={`/products/${product.id}`}
                  className="font-medium text-tremor-content-strong hover:text-tremor-brand hover:underline"
                >
                  {product.name}
                </Link>
                <div className="text-xs text-tremor-content">{product.sku}</div>
              </TableCell>
              <TableCell>{product.gtin ?? "—"}</TableCell>
              <TableCell>{product.category}</TableCell>
              <TableCell>{format(t.days, { days: product.shelfLifeDays })}</TableCell>
              <TableCell className="text-right">
                {formatFen(product.costFen)} / {product.unit}
              </TableCell>
              <TableCell className="text-right">
                {formatFen(product.listPriceFen)} / {product.unit}
              </TableCell>
              <TableCell>
                <Badge color={product.active ? "emerald" : "gray"}>
                  {product.active ? t.active : t.inactive}
                </Badge>
              </TableCell>
            </TableRow>
          ))
        }
      </PagedTable>
    </div>
  );
}
