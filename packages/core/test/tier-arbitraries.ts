import fc from "fast-check";
import {
  type ShelfLifeBand,
  TIER_COLORS,
  type TierDefinition,
  type TierEntry,
  type TierPolicy,
  thresholdDays,
  validateTierPolicy,
} from "../src";

// Generators of tier policies for the property tests. Valid policies are built from the most urgent
// tier outwards: each less urgent tier is derived so it is entered strictly earlier than the one
// below it for every shelf life, then the result is still checked by validateTierPolicy.

const SHELF_LIVES = 3650;

export const anyEntry: fc.Arbitrary<TierEntry> = fc.oneof(
  fc.integer({ min: 0, max: 400 }).map((days) => ({ kind: "DAYS" as const, days })),
  fc.integer({ min: 0, max: 100 }).map((percent) => ({ kind: "PERCENT" as const, percent })),
  fc
    .uniqueArray(
      fc.record({
        minShelfLifeDays: fc.integer({ min: 0, max: 800 }),
        daysBeforeExpiry: fc.integer({ min: 0, max: 120 }),
      }),
      { minLength: 1, maxLength: 6, selector: (band) => band.minShelfLifeDays },
    )
    .map((bands) => ({ kind: "BAND" as const, bands })),
);

/** The highest threshold of `entry` over shelf lives from..to (inclusive). */
function maxThreshold(entry: TierEntry, from: number, to: number): number {
  let max = -1;
  for (let shelfLife = from; shelfLife <= to; shelfLife++)
    max = Math.max(max, thresholdDays(entry, shelfLife));
  return max;
}

/** An entry strictly above `below` for every shelf life 1…3650. */
function entryAbove(below: TierEntry): fc.Arbitrary<TierEntry> {
  const days = fc
    .integer({ min: 1, max: 60 })
    .map((gap): TierEntry => ({ kind: "DAYS", days: maxThreshold(below, 1, SHELF_LIVES) + gap }));
  const band = fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 2, max: SHELF_LIVES }), { maxLength: 5 }),
      fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 6, maxLength: 6 }),
    )
    .map(([cuts, gaps]): TierEntry => {
      const starts = [1, ...cuts].sort((a, b) => a - b);
      const bands: ShelfLifeBand[] = starts.map((start, i) => ({
        minShelfLifeDays: start,
        daysBeforeExpiry: maxThreshold(below, start, (starts[i + 1] ?? SHELF_LIVES + 1) - 1) + (gaps[i] ?? 1),
      }));
      // Given unsorted, as a merchant might type them.
      return { kind: "BAND", bands: bands.reverse() };
    });
  return fc.oneof(days, band);
}

const key = (index: number) => (index === 0 ? "NORMAL" : `T${index}`);

function tier(index: number, entry: TierEntry | null, color: TierDefinition["color"]): TierDefinition {
  return { key: key(index), name: `档位${index}`, color, entry };
}

/** A policy that passes validateTierPolicy, with 2–6 tiers. */
export const validPolicy: fc.Arbitrary<TierPolicy> = fc
  .tuple(anyEntry, fc.integer({ min: 0, max: 4 }), fc.constantFrom(...TIER_COLORS))
  .chain(([mostUrgent, more, color]) => {
    // Build the chain of entries, most urgent first, each derived from the previous.
    let chain: fc.Arbitrary<TierEntry[]> = fc.constant([mostUrgent]);
    for (let i = 0; i < more; i++) {
      chain = chain.chain((entries) =>
        entryAbove(entries.at(-1) as TierEntry).map((next) => [...entries, next]),
      );
    }
    return chain.map((entries): TierPolicy => {
      const ordered = [...entries].reverse();
      return { tiers: [tier(0, null, "emerald"), ...ordered.map((entry, i) => tier(i + 1, entry, color))] };
    });
  })
  .filter((policy) => validateTierPolicy(policy).ok);

/** Any policy shape, ordered or not: tierOf and tierRanges must agree even on these. */
export const anyPolicy: fc.Arbitrary<TierPolicy> = fc
  .array(anyEntry, { minLength: 1, maxLength: 5 })
  .map((entries) => ({
    tiers: [tier(0, null, "slate"), ...entries.map((entry, i) => tier(i + 1, entry, "red"))],
  }));
