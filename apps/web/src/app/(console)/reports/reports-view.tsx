"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { type CalendarDate, daysBetween } from "@shelfloop/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { AreaChart, Badge, Card, DonutChart, Text, Title } from "@tremor/react";
import Link from "next/link";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { ErrorState, LoadingState } from "~/components/query-state";
import { useMember } from "~/components/use-member";
import { format, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { TierBadge } from "../promotions/promotion-display";
import { CustomersWonSection } from "./customers-won";
import { KpiCards } from "./kpi-cards";
import { lastDays, ReportFilters, type ReportRange } from "./report-filters";
import { channelLabel, money, orderTiers, percent, tierColors, yuanCell } from "./report-format";
import { countColumn, moneyColumn, type ReportColumn, ReportTable } from "./report-table";
import { ReportTabs } from "./report-tabs";

type Dashboard = RouterOutputs["report"]["dashboard"];
type Promotion = Dashboard["promotions"][number];
type Group = Dashboard["byTier"][number];
type TopProduct = Dashboard["topProducts"][number];
type Channel = Dashboard["channels"][number];

const t = messages.reports;
const c = t.columns;
const MAX_DAYS = 366;
const DEFAULT_DAYS = 30;

export function ReportsView() {
  const { member } = useMember();
  const today = member.data?.today;
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <ReportTabs />
      {member.isError ? (
        <ErrorState message={member.error.message} onRetry={() => member.refetch()} />
      ) : today ? (
        <Report today={today} />
      ) : (
        <LoadingState />
      )}
    </div>
  );
}

function rangeProblem(range: ReportRange): string | null {
  if (range.from > range.to) return "开始日期不能晚于结束日期";
  if (daysBetween(range.from, range.to) + 1 > MAX_DAYS) return `查询区间最多 ${MAX_DAYS} 天`;
  return null;
}

function Report({ today }: { today: CalendarDate }) {
  const trpc = useTRPC();
  const [range, setRange] = useState<ReportRange>(() => lastDays(today, DEFAULT_DAYS));
  const [warehouseId, setWarehouseId] = useState("");
  const problem = rangeProblem(range);
  const report = useQuery({
    ...trpc.report.dashboard.queryOptions({ ...range, warehouseId: warehouseId || undefined }),
    enabled: problem === null,
    placeholderData: keepPreviousData,
  });

  return (
    // Busy while the previous period's figures stand in for the new one's (assistive tech and tests wait).
    <div className="space-y-6" aria-busy={report.isPlaceholderData} data-testid="report">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ReportFilters
          today={today}
          range={range}
          onRange={setRange}
          warehouseId={warehouseId}
          onWarehouse={setWarehouseId}
        />
        {report.data && (
          <p className="text-tremor-default text-tremor-content" data-testid="rolled-through">
            {report.data.rolledThrough
              ? format(t.rolledThrough, { day: report.data.rolledThrough })
              : t.notRolled}
          </p>
        )}
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-rose-700">
          {problem}
        </p>
      ) : report.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState message={report.error.message} onRetry={() => report.refetch()} />
      ) : (
        <div
          className={`space-y-6 ${report.isPlaceholderData ? "opacity-60" : ""}`}
          aria-busy={report.isFetching}
        >
          <Text>
            {format(t.previousPeriod, {
              from: report.data.previousPeriod.from,
              to: report.data.previousPeriod.to,
            })}
          </Text>
          <KpiCards data={report.data} />
          <div className="grid gap-4 lg:grid-cols-3">
            <ValueAtRisk data={report.data} />
            <Channels data={report.data} />
          </div>
          <PromotionTables data={report.data} />
          <CustomersWonSection
            data={report.data}
            fileName={fileName(t.customersWon.file, report.data)}
            storeFiltered={warehouseId !== ""}
          />
          <TopProducts data={report.data} />
        </div>
      )}
    </div>
  );
}

const fileName = (name: string, data: Dashboard) => `${name}-${data.period.from}-${data.period.to}.csv`;
const tierName = (data: Dashboard, key: string) => data.tierNames[key] ?? key;
const yuan = (fen: number) => fen / 100;
const yuanText = (value: number) => money(Math.round(value * 100));

function ValueAtRisk({ data }: { data: Dashboard }) {
  const keys = orderTiers(data.valueAtRisk.flatMap((point) => Object.keys(point.valueFen)));
  const names = keys.map((key) => tierName(data, key));
  const points = data.valueAtRisk.map((point) => ({
    day: point.day.slice(5),
    ...Object.fromEntries(keys.map((key, i) => [names[i], yuan(point.valueFen[key] ?? 0)])),
  }));
  return (
    <Card className="lg:col-span-2" data-testid="value-at-risk">
      <Title>{t.valueAtRisk}</Title>
      <Text>{t.valueAtRiskHint}</Text>
      {points.length === 0 ? (
        <p className="py-16 text-center text-sm text-tremor-content">{t.empty}</p>
      ) : (
        <AreaChart
          className="mt-4 h-72"
          data={points}
          index="day"
          categories={names}
          colors={tierColors(keys)}
          stack
          valueFormatter={yuanText}
          yAxisWidth={96}
          showAnimation={false}
        />
      )}
    </Card>
  );
}

function Channels({ data }: { data: Dashboard }) {
  const total = data.channels.reduce((sum, row) => sum + row.revenueFen, 0);
  const share = (row: Channel) => (total > 0 ? row.revenueFen / total : null);
  const columns: ReportColumn<Channel>[] = [
    { label: c.channel, cell: (row) => channelLabel(row.channel), csv: (row) => channelLabel(row.channel) },
    countColumn(c.unitsSold, (row) => row.unitsSold),
    moneyColumn(c.revenue, (row) => row.revenueFen),
    { label: c.share, cell: (row) => percent(share(row)), csv: (row) => percent(share(row)), numeric: true },
  ];
  return (
    <div className="space-y-4" data-testid="channels">
      <Card>
        <Title>{t.channels}</Title>
        {data.channels.length === 0 ? (
          <p className="py-10 text-center text-sm text-tremor-content">{t.empty}</p>
        ) : (
          <DonutChart
            className="mt-4 h-44"
            data={data.channels.map((row) => ({
              channel: channelLabel(row.channel),
              revenue: yuan(row.revenueFen),
            }))}
            index="channel"
            category="revenue"
            colors={["emerald", "sky", "amber", "violet", "slate"]}
            valueFormatter={yuanText}
            showAnimation={false}
          />
        )}
      </Card>
      <ReportTable
        title={t.channelTable}
        rows={data.channels}
        columns={columns}
        rowKey={(row) => row.channel}
        fileName={fileName(t.files.channels, data)}
        empty={t.empty}
        testId="channel-table"
      />
    </div>
  );
}

function PromotionTables({ data }: { data: Dashboard }) {
  const columns: ReportColumn<Promotion>[] = [
    {
      label: c.product,
      cell: (row) => (
        <Link
          href={`/promotions/${row.promotionId}`}
          className="font-medium text-tremor-content-strong hover:text-tremor-brand hover:underline"
        >
          {row.productName}
        </Link>
      ),
      csv: (row) => row.productName,
    },
    { label: c.lot, cell: (row) => row.lotCode, csv: (row) => row.lotCode },
    { label: c.store, cell: (row) => row.warehouseName, csv: (row) => row.warehouseName },
    {
      label: c.tier,
      cell: (row) => <TierBadge tier={row.tier} name={tierName(data, row.tier)} />,
      csv: (row) => tierName(data, row.tier),
    },
    {
      label: c.rule,
      cell: (row) => row.ruleName ?? t.manualRule,
      csv: (row) => row.ruleName ?? t.manualRule,
    },
    {
      label: c.status,
      cell: (row) => (
        <Badge color={row.status === "ACTIVE" ? "emerald" : "slate"}>{statusLabel(row.status)}</Badge>
      ),
      csv: (row) => statusLabel(row.status),
    },
    countColumn(c.unitsSold, (row) => row.unitsSold),
    moneyColumn(c.revenue, (row) => row.revenueFen),
    moneyColumn(c.markdown, (row) => row.markdownFen),
    {
      label: c.sellThrough,
      cell: (row) => percent(row.sellThrough),
      csv: (row) => percent(row.sellThrough),
      numeric: true,
    },
    {
      label: c.writeOffAvoided,
      cell: (row) => (
        <span title={row.baselineText} className="cursor-help underline decoration-dotted">
          {money(row.writeOffAvoidedFen)}
        </span>
      ),
      csv: (row) => yuanCell(row.writeOffAvoidedFen),
      numeric: true,
    },
    {
      label: c.baseline,
      cell: (row) => <span className="block min-w-64 text-xs text-tremor-content">{row.baselineText}</span>,
      csv: (row) => row.baselineText,
      wrap: true,
    },
  ];
  return (
    <>
      <ReportTable
        title={t.promotions}
        hint={t.promotionsHint}
        rows={data.promotions}
        columns={columns}
        rowKey={(row) => row.promotionId}
        fileName={fileName(t.files.promotions, data)}
        empty={t.empty}
        testId="promotion-table"
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <ReportTable
          title={t.byTier}
          rows={data.byTier}
          columns={groupColumns(c.tier, (key) => tierName(data, key))}
          rowKey={(row) => row.key}
          fileName={fileName(t.files.byTier, data)}
          empty={t.empty}
          testId="tier-table"
        />
        <ReportTable
          title={t.byRule}
          rows={data.byRule}
          columns={groupColumns(c.rule, (key) => key)}
          rowKey={(row) => row.key}
          fileName={fileName(t.files.byRule, data)}
          empty={t.empty}
          testId="rule-table"
        />
      </div>
    </>
  );
}

function statusLabel(status: string): string {
  const labels: Record<string, string> = messages.promotionStatuses;
  return labels[status] ?? status;
}

function groupColumns(label: string, name: (key: string) => string): ReportColumn<Group>[] {
  return [
    { label, cell: (row) => name(row.key), csv: (row) => name(row.key) },
    countColumn(c.promotions, (row) => row.promotions),
    countColumn(c.unitsSold, (row) => row.unitsSold),
    moneyColumn(c.revenue, (row) => row.revenueFen),
    moneyColumn(c.markdown, (row) => row.markdownFen),
    moneyColumn(c.writeOffAvoided, (row) => row.writeOffAvoidedFen),
  ];
}

function TopProducts({ data }: { data: Dashboard }) {
  const entries = (row: TopProduct) =>
    orderTiers(Object.keys(row.tierEntries))
      .map((key) => `${tierName(data, key)} ${row.tierEntries[key] ?? 0}`)
      .join(" · ");
  const columns: ReportColumn<TopProduct>[] = [
    { label: c.product, cell: (row) => row.productName, csv: (row) => row.productName },
    { label: c.category, cell: (row) => row.category, csv: (row) => row.category },
    countColumn(c.batches, (row) => row.batches),
    { label: c.tierEntries, cell: entries, csv: entries },
  ];
  return (
    <ReportTable
      title={t.topProducts}
      hint={t.topProductsHint}
      rows={data.topProducts}
      columns={columns}
      rowKey={(row) => row.productId}
      fileName={fileName(t.files.topProducts, data)}
      empty={t.empty}
      testId="top-products-table"
    />
  );
}
