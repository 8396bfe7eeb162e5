import { grossMargin, inventoryTurnover, sellThrough } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { dbDate } from "../promotions/json";
import type { ReportPeriod } from "./period";

export interface PeriodTotals {
  revenueFen: number;
  listValueFen: number;
  unitsSold: number;
  cogsFen: number;
  markdownFen: number;
  grossMarginFen: number;
  grossMarginRate: number | null;
  unitsReceived: number;
  openingUnits: number;
  sellThrough: number | null;
  writeOffUnits: number;
  writeOffValueFen: number;
  averageInventoryFen: number;
  turnover: number | null;
  daysOfInventory: number | null;
}

interface FlowRow {
  revenue: bigint | null;
  listValue: bigint | null;
  units: bigint | null;
  cogs: bigint | null;
  writeOffUnits: bigint | null;
  writeOffValue: bigint | null;
  received: bigint | null;
}

const n = (value: bigint | number | null | undefined) => Number(value ?? 0);

/** A period's KPIs from the rollups: flows from the daily sales rows, stock from the daily snapshots. */
export async function periodTotals(
  tx: Tx,
  period: ReportPeriod,
  warehouseId: string | null,
): Promise<PeriodTotals> {
  const from = dbDate(period.from);
  const to = dbDate(period.to);
  const [flow] = await tx.$queryRaw<FlowRow[]>`
    SELECT sum(revenue_fen) AS revenue, sum(list_value_fen) AS "listValue", sum(units_sold) AS units,
           sum(cogs_fen) AS cogs, sum(units_written_off) AS "writeOffUnits",
           sum(write_off_value_fen) AS "writeOffValue", sum(units_received) AS received
      FROM report_daily_channel
     WHERE day BETWEEN ${from} AND ${to} AND (${warehouseId}::uuid IS NULL OR warehouse_id = ${warehouseId}::uuid)`;
  const stock = await tx.$queryRaw<{ day: Date; units: bigint; value: bigint }[]>`
    SELECT day, sum(units_on_hand) AS units, sum(cost_value_fen) AS value
      FROM report_daily_stock
     WHERE day BETWEEN ${from}::date - 1 AND ${to}
       AND tier <> 'EXPIRED' AND (${warehouseId}::uuid IS NULL OR warehouse_id = ${warehouseId}::uuid)
     GROUP BY day ORDER BY day`;
  const opening = stock.find((row) => row.day < from);
  const daily = stock.filter((row) => row.day >= from).map((row) => n(row.value));
  const revenueFen = n(flow?.revenue);
  const cogsFen = n(flow?.cogs);
  const unitsSold = n(flow?.units);
  const unitsReceived = n(flow?.received);
  const openingUnits = n(opening?.units);
  const margin = grossMargin(revenueFen, cogsFen);
  const turnover =
    daily.length > 0
      ? inventoryTurnover({
          costOfGoodsSoldFen: cogsFen,
          periodStart: period.from,
          periodEnd: period.to,
          inventory: { dailyFen: daily },
        })
      : null;
  return {
    revenueFen,
    listValueFen: n(flow?.listValue),
    unitsSold,
    cogsFen,
    markdownFen: n(flow?.listValue) - revenueFen,
    grossMarginFen: margin.grossMarginFen,
    grossMarginRate: margin.grossMarginRate,
    unitsReceived,
    openingUnits,
    sellThrough: sellThrough({ unitsSold, openingUnits, receivedUnits: unitsReceived }),
    writeOffUnits: n(flow?.writeOffUnits),
    writeOffValueFen: n(flow?.writeOffValue),
    averageInventoryFen: turnover?.averageInventoryFen ?? 0,
    turnover: turnover?.turnover ?? null,
    daysOfInventory: turnover?.daysOfInventory ?? null,
  };
}
