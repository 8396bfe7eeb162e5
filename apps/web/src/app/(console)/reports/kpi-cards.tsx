"use client";

import type { RouterOutputs } from "@shelfloop/api";
import { type PeriodChange, periodChange } from "@shelfloop/core";
import { BadgeDelta, Card, Metric, Text } from "@tremor/react";
import type { ReactNode } from "react";
import { format, messages } from "~/i18n";
import { count, money, percent } from "./report-format";

type Dashboard = RouterOutputs["report"]["dashboard"];

const t = messages.reports;

/** Change vs the previous period as a badge; falling is good for losses (isIncreasePositive false). */
function Delta({ change, increaseIsGood = true }: { change: PeriodChange | null; increaseIsGood?: boolean }) {
  if (!change) return null;
  if (change.ratio === null)
    return change.delta === 0 ? null : (
      <BadgeDelta deltaType="unchanged" size="xs" tooltip={t.noPrevious}>
        {t.noPrevious}
      </BadgeDelta>
    );
  const deltaType =
    change.ratio > 0 ? "moderateIncrease" : change.ratio < 0 ? "moderateDecrease" : "unchanged";
  const sign = change.ratio > 0 ? "+" : "";
  return (
    <BadgeDelta deltaType={deltaType} isIncreasePositive={increaseIsGood} size="xs">
      {`${sign}${(change.ratio * 100).toFixed(1)}%`}
    </BadgeDelta>
  );
}

/** periodChange when both periods have the figure (rates are null with nothing to divide by). */
const changeOf = (now: number | null, before: number | null) =>
  now === null || before === null ? null : periodChange(now, before);

function Kpi({
  testId,
  label,
  value,
  change,
  increaseIsGood,
  footnote,
}: {
  testId: string;
  label: string;
  value: string;
  change: PeriodChange | null;
  increaseIsGood?: boolean;
  footnote?: ReactNode;
}) {
  return (
    <Card decoration="top" decorationColor="emerald" data-testid={testId} className="flex flex-col gap-1">
      <div className="flex items-start justify-between gap-2">
        <Text>{label}</Text>
        <Delta change={change} increaseIsGood={increaseIsGood} />
      </div>
      <Metric data-testid="kpi-value">{value}</Metric>
      {footnote && <Text className="text-xs">{footnote}</Text>}
    </Card>
  );
}

export function KpiCards({ data }: { data: Dashboard }) {
  const { totals: now, previousTotals: before, changes } = data;
  const k = t.kpis;
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="report-kpis">
      <Kpi
        testId="kpi-revenue"
        label={k.revenue}
        value={money(now.revenueFen)}
        change={changes.revenueFen}
        footnote={format(k.unitsSold, { units: count(now.unitsSold) })}
      />
      <Kpi
        testId="kpi-sell-through"
        label={k.sellThrough}
        value={percent(now.sellThrough)}
        change={changeOf(now.sellThrough, before.sellThrough)}
      />
      <Kpi
        testId="kpi-markdown"
        label={k.markdown}
        value={money(now.markdownFen)}
        change={changes.markdownFen}
        increaseIsGood={false}
      />
      <Kpi
        testId="kpi-gross-margin"
        label={k.grossMargin}
        value={money(now.grossMarginFen)}
        change={changes.grossMarginFen}
        footnote={format(k.grossMarginRate, { rate: percent(now.grossMarginRate) })}
      />
      <Kpi
        testId="kpi-write-off"
        label={k.writeOff}
        value={money(now.writeOffValueFen)}
        change={changes.writeOffValueFen}
        increaseIsGood={false}
      />
      <Kpi
        testId="kpi-write-off-avoided"
        label={k.writeOffAvoided}
        value={money(now.writeOffAvoidedFen)}
        change={changes.writeOffAvoidedFen}
        footnote={
          data.promotionsRan > data.promotions.length
            ? format(k.avoidedOfLatest, { listed: data.promotions.length, total: data.promotionsRan })
            : undefined
        }
      />
      <Kpi
        testId="kpi-turnover"
        label={k.turnover}
        value={now.turnover === null ? "—" : format(k.turnoverValue, { times: now.turnover.toFixed(2) })}
        change={changeOf(now.turnover, before.turnover)}
        footnote={
          <>
            {format(k.daysOfInventory, {
              days: now.daysOfInventory === null ? "—" : Math.round(now.daysOfInventory),
            })}
            {" · "}
            {format(k.averageInventory, { value: money(now.averageInventoryFen) })}
          </>
        }
      />
    </div>
  );
}
