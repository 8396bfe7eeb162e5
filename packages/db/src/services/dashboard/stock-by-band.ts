import {
  bandOf,
  type CalendarDate,
  calendarDateOf,
  REMAINING_BAND_KEYS,
  type RemainingBand,
} from "@shelfloop/core";
import type { Tx } from "../../scope";

export interface BandTotals {
  band: RemainingBand;
  batches: number;
  units: number;
  valueAtCostFen: number;
}

/**
 * Batches, units and stock value at cost per remaining-days band, for stock still on hand.
 * SQL groups by expiry date (few distinct values); the band of each date is decided by
 * @shelfloop/core so the dashboard and the batch list can never disagree.
 */
export async function stockByBand(
  tx: Tx,
  today: CalendarDate,
  filter: { warehouseId?: string | undefined } = {},
): Promise<BandTotals[]> {
  const rows = await tx.$queryRaw<{ expiry_date: Date; batches: number; units: bigint; value_fen: bigint }[]>`
    SELECT b.expiry_date,
           count(*)::int AS batches,
           sum(b.qty_on_hand)::bigint AS units,
           sum(b.qty_on_hand::bigint * p.cost_fen)::bigint AS value_fen
      FROM batches b
      JOIN products p ON p.tenant_id = b.tenant_id AND p.id = b.product_id
     WHERE b.qty_on_hand > 0
       AND b.status <> 'WRITTEN_OFF'
       AND (${filter.warehouseId ?? null}::uuid IS NULL OR b.warehouse_id = ${filter.warehouseId ?? null}::uuid)
     GROUP BY b.expiry_date`;

  const totals = new Map<RemainingBand, BandTotals>(
    REMAINING_BAND_KEYS.map((band) => [band, { band, batches: 0, units: 0, valueAtCostFen: 0 }]),
  );
  for (const row of rows) {
    const entry = totals.get(bandOf(calendarDateOf(row.expiry_date), today));
    if (!entry) continue;
    entry.batches += row.batches;
    entry.units += Number(row.units);
    entry.valueAtCostFen += Number(row.value_fen);
  }
  return [...totals.values()];
}
