"use client";

import { addDays, type CalendarDate, daysBetween } from "@shelfloop/core";
import { useQuery } from "@tanstack/react-query";
import { FilterSelect } from "~/components/filter-select";
import { messages } from "~/i18n";
import { useTRPC } from "~/trpc/react";

const t = messages.reports;

export interface ReportRange {
  from: CalendarDate;
  to: CalendarDate;
}

const PRESETS = [
  { days: 7, label: t.presets.d7 },
  { days: 30, label: t.presets.d30 },
  { days: 90, label: t.presets.d90 },
] as const;

/** The last `days` days ending yesterday: today is not rolled up until tomorrow's small hours. */
export function lastDays(today: CalendarDate, days: number): ReportRange {
  const to = addDays(today, -1);
  return { from: addDays(to, -(days - 1)), to };
}

/** Period (two date inputs and presets) and store for the dashboard. */
export function ReportFilters({
  today,
  range,
  onRange,
  warehouseId,
  onWarehouse,
}: {
  today: CalendarDate;
  range: ReportRange;
  onRange: (range: ReportRange) => void;
  warehouseId: string;
  onWarehouse: (warehouseId: string) => void;
}) {
  const trpc = useTRPC();
  const warehouses = useQuery(trpc.warehouse.list.queryOptions({ includeArchived: true }));
  const yesterday = addDays(today, -1);
  const activePreset =
    range.to === yesterday
      ? PRESETS.find((p) => daysBetween(range.from, range.to) + 1 === p.days)
      : undefined;
  const inputClass =
    "rounded-tremor-default border border-tremor-border bg-white px-3 py-1.5 text-sm text-tremor-content-strong shadow-tremor-input";
  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="report-filters">
      <div className="inline-flex overflow-hidden rounded-tremor-default border border-tremor-border bg-white">
        {PRESETS.map((preset) => (
          <button
            key={preset.days}
            type="button"
            aria-pressed={activePreset === preset}
            onClick={() => onRange(lastDays(today, preset.days))}
            className={`px-3 py-1.5 text-sm ${activePreset === preset ? "bg-tremor-brand-faint font-medium text-tremor-brand-emphasis" : "text-tremor-content hover:bg-tremor-background-subtle"}`}
          >
            {preset.label}
          </button>
        ))}
      </div>
      <label className="flex items-center gap-2 text-sm text-tremor-content">
        {t.from}
        <input
          type="date"
          className={inputClass}
          value={range.from}
          max={range.to}
          onChange={(event) => event.target.value && onRange({ ...range, from: event.target.value })}
        />
      </label>
      <label className="flex items-center gap-2 text-sm text-tremor-content">
        {t.to}
        <input
          type="date"
          className={inputClass}
          value={range.to}
          min={range.from}
          max={today}
          onChange={(event) => event.target.value && onRange({ ...range, to: event.target.value })}
        />
      </label>
      <FilterSelect
        value={warehouseId}
        onChange={onWarehouse}
        allLabel={t.allWarehouses}
        options={(warehouses.data ?? []).map((w) => ({ value: w.id, label: w.name }))}
        className="w-48"
      />
    </div>
  );
}
