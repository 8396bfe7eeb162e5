"use client";

import { useTenantTimeZone } from "~/components/use-tenant-time-zone";
import { format, formatDateTime, messages } from "~/i18n";
import type { BatchFilters } from "./use-batch-filters";

const t = messages.batches;

/** The filter an alert's link put on the list (tiers, changed since), shown so it can be cleared. */
export function AlertFilter({
  filters,
  tierNames,
  onClear,
}: {
  filters: BatchFilters;
  tierNames: { key: string; name: string }[];
  onClear: () => void;
}) {
  const timeZone = useTenantTimeZone();
  if (filters.tiers.length === 0 && !filters.changedSince) return null;
  const names = filters.tiers.map((key) => tierNames.find((tier) => tier.key === key)?.name ?? key);
  return (
    <p
      className="flex items-center gap-3 rounded-tremor-default bg-tremor-brand-faint px-3 py-2 text-sm"
      data-testid="alert-filter"
    >
      <span>
        {format(t.alertFilter, { tiers: names.join("、") || "—" })}
        {filters.changedSince &&
          format(t.alertSince, { time: formatDateTime(new Date(filters.changedSince), timeZone) })}
      </span>
      <button type="button" className="text-tremor-brand hover:underline" onClick={onClear}>
        {t.clearAlertFilter}
      </button>
    </p>
  );
}
