"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Card, Text } from "@tremor/react";
import { ExportMovementsButton } from "~/components/export-movements-button";
import { formError } from "~/components/field-error";
import { FilterSelect } from "~/components/filter-select";
import { Pager } from "~/components/pager";
import { ProductSearch } from "~/components/product-search";
import { ErrorState, LoadingState } from "~/components/query-state";
import { useTenantTimeZone } from "~/components/use-tenant-time-zone";
import { format, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { LedgerTable } from "./ledger-table";
import { MOVEMENT_TYPES, useLedgerFilters } from "./use-ledger-filters";

const t = messages.ledger;
const PAGE_SIZE = 20;
const dateInput = "rounded-tremor-small border border-tremor-border px-2 py-1.5 text-sm";

export function LedgerView() {
  const trpc = useTRPC();
  const timeZone = useTenantTimeZone();
  const { filters, update } = useLedgerFilters();
  // The ledger keeps the history of warehouses no longer in use.
  const warehouses = useQuery(trpc.warehouse.list.queryOptions({ includeArchived: true }));
  const product = useQuery({
    ...trpc.product.get.queryOptions({ id: filters.productId }),
    enabled: filters.productId !== "",
  });
  const filter = {
    warehouseId: filters.warehouseId || undefined,
    productId: filters.productId || undefined,
    type: filters.type || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
  };
  const list = useQuery({
    ...trpc.stock.listMovements.queryOptions({ ...filter, page: filters.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-tremor-content-strong">{t.title}</h1>
          <Text>{t.subtitle}</Text>
        </div>
        <ExportMovementsButton filter={filter} />
      </div>
      <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-4">
        <FilterSelect
          value={filters.warehouseId}
          onChange={(warehouseId) => update({ warehouseId })}
          allLabel={t.allWarehouses}
          options={(warehouses.data ?? []).map((w) => ({ value: w.id, label: `${w.code} ${w.name}` }))}
        />
        <FilterSelect
          value={filters.type}
          onChange={(type) => update({ type: type as typeof filters.type })}
          allLabel={t.allTypes}
          options={MOVEMENT_TYPES.map((type) => ({ value: type, label: messages.batch.movementTypes[type] }))}
        />
        <label className="flex items-center gap-2 text-sm text-tremor-content">
          {t.from}
          <input
            type="date"
            value={filters.from}
            onChange={(event) => update({ from: event.target.value })}
            className={dateInput}
          />
        </label>
        <label className="flex items-center gap-2 text-sm text-tremor-content">
          {t.to}
          <input
            type="date"
            value={filters.to}
            onChange={(event) => update({ to: event.target.value })}
            className={dateInput}
          />
        </label>
      </div>
      <ProductSearch
        searchLabel={t.searchProduct}
        selectLabel={t.columns.product}
        noneLabel={t.allProducts}
        selectedId={filters.productId}
        selectedLabel={product.data ? `${product.data.sku} ${product.data.name}` : undefined}
        onChange={(chosen) => update({ productId: chosen?.id ?? "" })}
      />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState
          message={formError(list.error, []) ?? list.error.message}
          onRetry={() => list.refetch()}
        />
      ) : (
        <Card className="p-0">
          {list.data.items.length === 0 ? (
            <p className="px-6 py-8 text-center text-sm text-tremor-content">{t.empty}</p>
          ) : (
            <LedgerTable items={list.data.items} timeZone={timeZone} />
          )}
          <Pager
            summary={format(t.summary, { total: list.data.total, page: filters.page, pages })}
            summaryTestId="ledger-summary"
            page={filters.page}
            pages={pages}
            onPage={(page) => update({ page })}
          />
        </Card>
      )}
    </div>
  );
}
