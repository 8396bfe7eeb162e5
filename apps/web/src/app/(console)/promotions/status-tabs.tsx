"use client";

import { messages } from "~/i18n";
import { PROMOTION_STATUSES, type PromotionStatus } from "./promotion-display";
import type { PromotionFilters } from "./use-promotion-filters";

/** One tab per status with its count (the approval queue first), then all. */
export function StatusTabs({
  value,
  counts,
  onChange,
}: {
  value: PromotionFilters["status"];
  counts: Record<PromotionStatus, number> | undefined;
  onChange: (status: PromotionFilters["status"]) => void;
}) {
  const total = counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : undefined;
  const tabs = [
    ...PROMOTION_STATUSES.map((status) => ({
      key: status,
      label: messages.promotionStatuses[status],
      count: counts?.[status],
    })),
    { key: "ALL" as const, label: messages.promotions.all, count: total },
  ];
  return (
    <div role="tablist" className="flex flex-wrap gap-1 border-b border-tremor-border">
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          aria-selected={value === tab.key}
          data-testid={`status-tab-${tab.key}`}
          onClick={() => onChange(tab.key)}
          className={`-mb-px border-b-2 px-3 py-2 text-sm ${value === tab.key ? "border-tremor-brand font-medium text-tremor-brand-emphasis" : "border-transparent text-tremor-content hover:text-tremor-content-strong"}`}
        >
          {tab.label}
          {tab.count !== undefined && (
            <span className="ml-1 rounded-full bg-tremor-background-muted px-1.5 text-xs" data-testid="count">
              {tab.count}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
