"use client";

import { formatFen, REMAINING_BAND_KEYS } from "@shelfloop/core";
import { useQuery } from "@tanstack/react-query";
import { BarChart, Card, Metric, Text } from "@tremor/react";
import Link from "next/link";
import { useState } from "react";
import { BAND_COLOR } from "~/components/bands";
import { FilterSelect } from "~/components/filter-select";
import { ErrorState, LoadingState } from "~/components/query-state";
import { format, messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";
import { GettingStarted } from "./getting-started";

const t = messages.dashboard;

export function DashboardView() {
  const trpc = useTRPC();
  const [warehouseId, setWarehouseId] = useState("");
  const options = useQuery(trpc.batch.filterOptions.queryOptions());
  const current = useQuery(trpc.tenant.current.queryOptions());
  const stock = useQuery(trpc.dashboard.getStockByBand.queryOptions(warehouseId ? { warehouseId } : {}));

  const bands = stock.data?.bands ?? [];
  const totals = bands.reduce(
    (sum, band) => ({
      batches: sum.batches + band.batches,
      units: sum.units + band.units,
      valueAtCostFen: sum.valueAtCostFen + band.valueAtCostFen,
    }),
    { batches: 0, units: 0, valueAtCostFen: 0 },
  );

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-tremor-content-strong">{t.title}</h1>
          {current.data && (
            <Text>{format(t.subtitle, { today: current.data.today, timezone: current.data.timezone })}</Text>
          )}
        </div>
        <FilterSelect
          value={warehouseId}
          onChange={setWarehouseId}
          allLabel={t.allWarehouses}
          options={(options.data?.warehouses ?? []).map((w) => ({ value: w.id, label: w.name }))}
          className="w-56"
        />
      </div>

      <GettingStarted />

      {stock.isPending ? (
        <LoadingState />
      ) : stock.isError ? (
        <ErrorState message={stock.error.message} onRetry={() => stock.refetch()} />
      ) : totals.batches === 0 ? (
        <Card>
          <Text>{t.empty}</Text>
        </Card>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-3">
            <Card decoration="top" decorationColor="emerald" data-testid="kpi-total-batches">
              <Text>{t.batches}</Text>
              <Metric>{totals.batches.toLocaleString("zh-CN")}</Metric>
            </Card>
            <Card decoration="top" decorationColor="emerald" data-testid="kpi-total-units">
              <Text>{t.units}</Text>
              <Metric>{totals.units.toLocaleString("zh-CN")}</Metric>
            </Card>
            <Card decoration="top" decorationColor="emerald" data-testid="kpi-total-value">
              <Text>{t.value}</Text>
              <Metric>{formatFen(totals.valueAtCostFen)}</Metric>
            </Card>
          </div>

          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {bands.map((band) => (
              <Link key={band.band} href={`/batches?band=${band.band}`} className="block">
                <Card
                  decoration="left"
                  decorationColor={BAND_COLOR[band.band]}
                  data-testid={`kpi-band-${band.band}`}
                  className="h-full hover:shadow-tremor-dropdown"
                >
                  <Text className="font-medium text-tremor-content-strong">{messages.bands[band.band]}</Text>
                  <Metric data-testid="band-batches">{band.batches.toLocaleString("zh-CN")}</Metric>
                  <Text>{t.batches}</Text>
                  <div className="mt-3 flex justify-between text-sm text-tremor-content">
                    <span>
                      {t.units} <span data-testid="band-units">{band.units.toLocaleString("zh-CN")}</span>
                    </span>
                    <span data-testid="band-value">{formatFen(band.valueAtCostFen)}</span>
                  </div>
                </Card>
              </Link>
            ))}
          </div>

          <Card>
            <Text className="font-medium text-tremor-content-strong">{t.valueByBand}</Text>
            <BarChart
              className="mt-4 h-64"
              data={REMAINING_BAND_KEYS.map((key) => ({
                band: messages.bands[key],
                [t.value]: bands.find((band) => band.band === key)?.valueAtCostFen ?? 0,
              }))}
              index="band"
              categories={[t.value]}
              colors={["emerald"]}
              valueFormatter={formatFen}
              showLegend={false}
              yAxisWidth={104}
            />
          </Card>
        </>
      )}
    </div>
  );
}
