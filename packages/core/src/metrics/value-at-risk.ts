import { requireNonNegativeFen, requireUnits } from "./guards";

export interface BatchAtRisk {
  /** Tier key from the tenant's policy (e.g. "YELLOW", "EXPIRED"). */
  readonly tierKey: string;
  readonly unitsOnHand: number;
  readonly unitCostFen: number;
}

export interface TierValue {
  readonly units: number;
  /** Σ units × unit cost; exact, whole fen × whole units. */
  readonly valueFen: number;
}

/**
 * Stock value at cost per tier, for the "value at risk" chart. A Map keeps the tiers in the order
 * they are first met, so callers that pass batches in policy order get the chart order for free.
 */
export function valueAtRiskByTier(batches: readonly BatchAtRisk[]): Map<string, TierValue> {
  const byTier = new Map<string, TierValue>();
  for (const batch of batches) {
    const units = requireUnits(batch.unitsOnHand, "库存数量");
    const valueFen = units * requireNonNegativeFen(batch.unitCostFen, "单位成本");
    const sum = byTier.get(batch.tierKey) ?? { units: 0, valueFen: 0 };
    byTier.set(batch.tierKey, { units: sum.units + units, valueFen: sum.valueFen + valueFen });
  }
  return byTier;
}
