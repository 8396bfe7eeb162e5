"use client";

import { formatFen, REMAINING_BAND_KEYS } from "@shelfloop/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Badge, TableCell, TableRow, TextInput } from "@tremor/react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { BAND_COLOR } from "~/components/bands";
import { FilterSelect } from "~/components/filter-select";
import { PagedTable } from "~/components/paged-table";
import { remainingLabel } from "~/components/remaining-label";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { AlertFilter } from "./alert-filter";
import { type BatchFilters, useBatchFilters } from "./use-batch-filters";

const t = messages.batches;
const PAGE_SIZE = 20;

export function BatchesView() {
  const trpc = useTRPC();
  const { filters, update } = useBatchFilters();
  const [search, setSearch] = useState(filters.search);

  // Typing settles for 300 ms before it becomes a query.
  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => update({ search }), 300);
    return () => clearTimeout(timer);
  }, [search, filters.search, update]);

  const options = useQuery(trpc.batch.filterOptions.queryOptions());
  const list = useQuery({
    ...trpc.batch.list.queryOptions({
      search: filters.search || undefined,
      warehouseId: filters.warehouseId || undefined,
      category: filters.category || undefined,
      band: filters.band || undefined,
      tiers: filters.tiers.length > 0 ? filters.tiers : undefined,
      changedSince: filters.changedSince ? new Date(filters.changedSince) : undefined,
      page: filters.page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold text-tremor-content-strong">{t.title}</h1>
      <div className="grid gap-3 md:grid-cols-4">
        <TextInput value={search} onValueChange={setSearch} placeholder={t.search} aria-label={t.search} />
        <FilterSelect
          value={filters.warehouseId}
          onChange={(warehouseId) => update({ warehouseId })}
          allLabel={t.allWarehouses}
          options={(options.data?.warehouses ?? []).map((w) => ({ value: w.id, label: w.name }))}
        />
        <FilterSelect
          value={filters.category}
          onChange={(category) => update({ category })}
          allLabel={t.allCategories}
          options={(options.data?.categories ?? []).map((category) => ({ value: category, label: category }))}
        />
        <FilterSelect
          value={filters.band}
          onChange={(band) => update({ band: band as BatchFilters["band"] })}
          allLabel={t.allBands}
          options={REMAINING_BAND_KEYS.map((band) => ({ value: band, label: messages.bands[band] }))}
        />
      </div>
      <AlertFilter
        filters={filters}
        tierNames={options.data?.tiers ?? []}
        onClear={() => update({ tiers: [], changedSince: "" })}
      />

      <PagedTable
        list={list}
        columns={Object.values(t.columns)}
        rowsTestId="batch-rows"
        empty={t.empty}
        summary={t.summary}
        summaryTestId="batch-summary"
        onPage={(page) => update({ page })}
      >
        {(items) =>
          items.map((batch) => (
            <TableRow key={batch.id}>
              <TableCell>
                <Link
                  href={`/batches/${batch.id}`}
                  className="font-medium text-tremor-content-strong hover:text-tremor-brand hover:underline"
                >
                  {batch.productName}
                </Link>
                <div className="text-xs text-tremor-content">
                  {batch.sku} · {batch.category}
                </div>
              </TableCell>
              <TableCell>{batch.lotCode}</TableCell>
              <TableCell>
                {batch.warehouseName}
                {batch.locationCode && (
                  <span className="ml-1 font-mono text-xs text-tremor-content">{batch.locationCode}</span>
                )}
              </TableCell>
              <TableCell>{batch.productionDate}</TableCell>
              <TableCell data-testid="expiry-date">{batch.expiryDate}</TableCell>
              <TableCell>
                <Badge color={BAND_COLOR[batch.band]}>{remainingLabel(batch.remainingDays)}</Badge>
                <div className="mt-1 text-xs text-tremor-content">{batch.percentLeft}%</div>
              </TableCell>
              <TableCell data-testid="tier">
                <Badge color={batch.tier.color}>{batch.tier.name}</Badge>
              </TableCell>
              <TableCell className="text-right">
                {batch.qtyOnHand} {batch.unit}
              </TableCell>
              <TableCell className="text-right">{formatFen(batch.valueAtCostFen)}</TableCell>
            </TableRow>
          ))
        }
      </PagedTable>
    </div>
  );
}
