"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { Card, Metric, Text, Title } from "@tremor/react";
import Link from "next/link";
import { format, messages } from "~/i18n";
import { count, money, percent, yuanCell } from "./report-format";
import { type ReportColumn, ReportTable } from "./report-table";

type Dashboard = RouterOutputs["report"]["dashboard"];
type Won = Dashboard["customersWon"];
type WonRow = Won["byPromotion"][number];

const t = messages.reports.customersWon;
const c = messages.reports.columns;

function WonKpi({
  testId,
  label,
  value,
  note,
}: {
  testId: string;
  label: string;
  value: string;
  note: string;
}) {
  return (
    <Card decoration="top" decorationColor="sky" data-testid={testId} className="flex flex-col gap-1">
      <Text>{label}</Text>
      <Metric data-testid="kpi-value">{value}</Metric>
      <Text className="text-xs">{note}</Text>
    </Card>
  );
}

const productCell = (row: WonRow) => row.productName ?? t.removed;

/**
 * 拉新获客: customers won by clearance in the period, from POS sales with a member id or openid
 * (tenant-wide: customers are not kept per store), with the per-promotion table and its CSV.
 */
export function CustomersWonSection({
  data,
  fileName,
  storeFiltered,
}: {
  data: Dashboard;
  fileName: string;
  /** A store is picked in the filters: say these figures are for all stores. */
  storeFiltered: boolean;
}) {
  const won = data.customersWon;
  const k = t.kpis;
  const revenue = won.clearanceRevenue;
  const columns: ReportColumn<WonRow>[] = [
    {
      label: c.product,
      cell: (row) =>
        row.productName === null ? (
          t.removed
        ) : (
          <Link
            href={`/promotions/${row.promotionId}`}
            className="font-medium text-tremor-content-strong hover:text-tremor-brand hover:underline"
          >
            {row.productName}
          </Link>
        ),
      csv: productCell,
    },
    { label: c.lot, cell: (row) => row.lotCode ?? "—", csv: (row) => row.lotCode ?? "" },
    { label: c.store, cell: (row) => row.warehouseName ?? "—", csv: (row) => row.warehouseName ?? "" },
    {
      label: t.columns.customersWon,
      cell: (row) => count(row.customersWon),
      csv: (row) => row.customersWon,
      numeric: true,
    },
    {
      label: t.columns.repeat,
      cell: (row) => count(row.repeatWithin30Days),
      csv: (row) => row.repeatWithin30Days,
      numeric: true,
    },
    {
      label: t.columns.waiting,
      cell: (row) => count(row.stillInWindow),
      csv: (row) => row.stillInWindow,
      numeric: true,
    },
    {
      label: t.columns.revenue,
      cell: (row) => money(row.revenueFen),
      csv: (row) => yuanCell(row.revenueFen),
      numeric: true,
    },
  ];

  return (
    <section className="space-y-4" data-testid="customers-won">
      <div>
        <Title>{t.title}</Title>
        <Text className="mt-1">{t.hint}</Text>
        {storeFiltered && <Text className="mt-1 text-amber-700">{t.allStores}</Text>}
      </div>
      {won.activeCustomers === 0 ? (
        <Card>
          <p className="py-8 text-center text-sm text-tremor-content" data-testid="customers-won-empty">
            {t.empty}
          </p>
        </Card>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="customers-won-kpis">
            <WonKpi
              testId="kpi-new-customers"
              label={k.newCustomers}
              value={format(k.people, { count: count(won.newCustomers) })}
              note={format(k.newCustomersNote, { active: count(won.activeCustomers) })}
            />
            <WonKpi
              testId="kpi-won-by-clearance"
              label={k.wonByClearance}
              value={format(k.people, { count: count(won.wonByClearance) })}
              note={format(k.wonShare, { rate: percent(won.wonShare) })}
            />
            <WonKpi
              testId="kpi-repeat"
              label={k.repeat}
              value={format(k.people, { count: count(won.repeatWithin30Days) })}
              note={format(k.repeatNote, {
                rate: percent(won.repeatRate),
                waiting: count(won.stillInWindow),
              })}
            />
            <WonKpi
              testId="kpi-clearance-split"
              label={k.revenueSplit}
              value={
                revenue.newShare === null
                  ? "—"
                  : `${percent(revenue.newShare)} / ${percent(1 - revenue.newShare)}`
              }
              note={format(k.revenueSplitNote, {
                fromNew: money(revenue.fromNewFen),
                fromReturning: money(revenue.fromReturningFen),
              })}
            />
          </div>
          <Text className="text-xs">{t.definitions}</Text>
          <ReportTable
            title={t.table}
            hint={t.tableHint}
            rows={won.byPromotion}
            columns={columns}
            rowKey={(row) => row.promotionId}
            fileName={fileName}
            empty={messages.reports.empty}
            testId="customers-won-table"
          />
        </>
      )}
    </section>
  );
}
