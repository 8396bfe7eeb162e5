// Number formatting for the Chinese explanation sentences. Display only: never feed these back in.

/** A quantity such as 4.2 or 0.35 件/天: one decimal from 1 up, two below, trailing zeros dropped. */
export function formatQuantity(value: number): string {
  return String(Number(value.toFixed(value >= 1 ? 1 : 2)));
}

/** A 0..1 share as a whole percent, rounded half up: 0.455 → "46%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
