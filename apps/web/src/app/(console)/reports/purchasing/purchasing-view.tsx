"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Badge } from "@tremor/react";
import { useState } from "react";
import { FilterSelect } from "~/components/filter-select";
import { PageHeader } from "~/components/page-header";
import { ErrorState, LoadingState } from "~/components/query-state";
import { useMember } from "~/components/use-member";
import { format, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { count, percent } from "../report-format";
import { type ReportColumn, ReportTable } from "../report-table";
import { ReportTabs } from "../report-tabs";

type Advice = RouterOutputs["report"]["purchasingAdvice"][number];

const t = messages.reports;
const p = t.purchasing;
const c = p.columns;

const VERDICT_COLOR: Record<Advice["verdict"], "rose" | "emerald" | "slate"> = {
  reduce: "rose",
  ok: "emerald",
  "no-sales": "slate",
};

const days = (value: number) => format(p.days, { days: value });
/** Units a day: one decimal from 1 up, two below (as in the reason sentence). */
const velocity = (row: Advice) => String(Number(row.velocity.toFixed(row.velocity >= 1 ? 1 : 2)));

const COLUMNS: ReportColumn<Advice>[] = [
  { label: c.product, cell: (row) => row.productName, csv: (row) => row.productName },
  { label: c.category, cell: (row) => row.category, csv: (row) => row.category },
  { label: c.deliveries, cell: (row) => count(row.deliveries), csv: (row) => row.deliveries, numeric: true },
  {
    label: c.receivedUnits,
    cell: (row) => count(row.receivedUnits),
    csv: (row) => row.receivedUnits,
    numeric: true,
  },
  {
    label: c.yellowShare,
    cell: (row) => percent(row.reachedYellowShare),
    csv: (row) => percent(row.reachedYellowShare),
    numeric: true,
  },
  {
    label: c.redShare,
    cell: (row) => percent(row.reachedRedShare),
    csv: (row) => percent(row.reachedRedShare),
    numeric: true,
  },
  {
    label: c.expiredShare,
    cell: (row) => percent(row.expiredShare),
    csv: (row) => percent(row.expiredShare),
    numeric: true,
  },
  { label: c.velocity, cell: velocity, csv: velocity, numeric: true },
  {
    label: c.shelfLife,
    cell: (row) => days(row.shelfLifeDays),
    csv: (row) => row.shelfLifeDays,
    numeric: true,
  },
  {
    label: c.yellowThreshold,
    cell: (row) => days(row.yellowThresholdDays),
    csv: (row) => row.yellowThresholdDays,
    numeric: true,
  },
  {
    label: c.suggestedMax,
    cell: (row) => count(row.suggestedMaxUnits),
    csv: (row) => row.suggestedMaxUnits,
    numeric: true,
  },
  {
    label: c.typicalDelivery,
    cell: (row) => count(row.typicalDeliveryUnits),
    csv: (row) => row.typicalDeliveryUnits,
    numeric: true,
  },
  {
    label: c.verdict,
    cell: (row) => (
      <Badge color={VERDICT_COLOR[row.verdict]} data-testid="advice-verdict">
        {p.verdicts[row.verdict]}
      </Badge>
    ),
    csv: (row) => p.verdicts[row.verdict],
  },
  {
    label: c.reason,
    cell: (row) => (
      <span className="block min-w-64 text-xs text-tremor-content" data-testid="advice-reason">
        {row.reason}
      </span>
    ),
    csv: (row) => row.reason,
    wrap: true,
  },
];

export function PurchasingView() {
  const trpc = useTRPC();
  const { member } = useMember();
  const [warehouseId, setWarehouseId] = useState("");
  const warehouses = useQuery(trpc.warehouse.list.queryOptions({ includeArchived: true }));
  const advice = useQuery({
    ...trpc.report.purchasingAdvice.queryOptions({ warehouseId: warehouseId || undefined }),
    placeholderData: keepPreviousData,
  });
  const today = member.data?.today ?? "";

  return (
    <div className="space-y-6">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <ReportTabs />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-3xl text-sm text-tremor-content">{p.subtitle}</p>
        <FilterSelect
          value={warehouseId}
          onChange={setWarehouseId}
          allLabel={t.allWarehouses}
          options={(warehouses.data ?? []).map((w) => ({ value: w.id, label: w.name }))}
          className="w-48"
        />
      </div>
      {advice.isPending ? (
        <LoadingState />
      ) : advice.isError ? (
        <ErrorState message={advice.error.message} onRetry={() => advice.refetch()} />
      ) : (
        <div className={advice.isPlaceholderData ? "opacity-60" : undefined} aria-busy={advice.isFetching}>
          <ReportTable
            title={p.title}
            rows={advice.data}
            columns={COLUMNS}
            rowKey={(row) => row.productId}
            fileName={`${t.files.purchasing}${today ? `-${today}` : ""}.csv`}
            empty={p.empty}
            testId="purchasing-table"
          />
        </div>
      )}
    </div>
  );
}
