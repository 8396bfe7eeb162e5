"use client";

import type { PromotionMargin } from "@shelfloop/core";
import { formatFen } from "@shelfloop/core";
import { Card } from "@tremor/react";
import { format, messages } from "~/i18n";
import { MarginWarning } from "../margin-warning";

const t = messages.promotion;

/** One deal of the promotion as the engine sells it: list, configured and charged price, cost, floor, margin. */
export function MarginCard({
  margin,
  floorPercent,
  allowBelowCost,
}: {
  margin: PromotionMargin;
  floorPercent: number;
  allowBelowCost: boolean;
}) {
  const rows: [string, number, string?][] = [
    [t.listPrice, margin.listFen],
    [t.dealPrice, margin.priceFen],
    ...(margin.chargedFen === margin.priceFen ? [] : [[t.charged, margin.chargedFen] as [string, number]]),
    [t.cost, margin.costFen],
    [format(t.floor, { percent: floorPercent }), margin.floorFen],
    [t.marginValue, margin.marginFen, margin.marginFen < 0 ? "text-rose-700" : "text-emerald-700"],
  ];
  return (
    <Card className="space-y-2" data-testid="promotion-margin">
      <h2 className="font-medium text-tremor-content-strong">
        {format(t.margin, { units: margin.dealQuantity })}
      </h2>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
        {rows.map(([label, fen, tone]) => (
          <div key={label} className="contents">
            <dt className="text-tremor-content">{label}</dt>
            <dd className={`text-right tabular-nums ${tone ?? "text-tremor-content-strong"}`}>
              {formatFen(fen)}
            </dd>
          </div>
        ))}
      </dl>
      <MarginWarning margin={margin} />
      {allowBelowCost && <p className="text-xs text-tremor-content">{t.belowCostAllowed}</p>}
    </Card>
  );
}
