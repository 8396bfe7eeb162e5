import { requireUnits } from "./guards";

/**
 * Average units sold per day over the given days (one count per day, days with no sale as 0 — a
 * missing day would inflate the average). null for an empty window: no history, no velocity.
 */
export function salesVelocity(dailyUnits: readonly number[]): number | null {
  if (dailyUnits.length === 0) return null;
  const total = dailyUnits.reduce((acc, units) => acc + requireUnits(units, "日销量"), 0);
  return total / dailyUnits.length;
}
