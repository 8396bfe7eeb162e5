/**
 * Tier policies: a merchant's alert tiers (正常 → 关注 → 紧急 …), each entered when a batch has at most
 * a threshold of remaining days left. Thresholds can depend on the product's shelf life, because
 * "10 days left" is urgent for rice noodles and nothing for milk powder.
 */

/** Colours the console (Tremor) can draw a tier in. */
export const TIER_COLORS = [
  "emerald",
  "yellow",
  "amber",
  "orange",
  "red",
  "rose",
  "slate",
  "sky",
  "violet",
] as const;
export type TierColor = (typeof TIER_COLORS)[number];

/** One row of a shelf-life table: products with at least `minShelfLifeDays` enter `daysBeforeExpiry` out. */
export interface ShelfLifeBand {
  readonly minShelfLifeDays: number;
  readonly daysBeforeExpiry: number;
}

/** When a batch enters a tier. */
export type TierEntry =
  /** A fixed number of remaining days. */
  | { readonly kind: "DAYS"; readonly days: number }
  /** A share of the shelf life, e.g. the retail "one-third rule". */
  | { readonly kind: "PERCENT"; readonly percent: number }
  /** A table by shelf life, like the regulators' near-expiry (临期) rules. */
  | { readonly kind: "BAND"; readonly bands: readonly ShelfLifeBand[] };

export interface TierDefinition {
  readonly key: string;
  readonly name: string;
  readonly color: TierColor;
  /** null only on the first tier, the one every batch starts in. */
  readonly entry: TierEntry | null;
}

/**
 * Tiers from least to most urgent. EXPIRED is not listed: it is implicit and always the last, most
 * urgent state (remaining days < 0), so no policy can forget it or let an expired batch look fresh.
 */
export interface TierPolicy {
  readonly tiers: readonly TierDefinition[];
}

export const EXPIRED_TIER = { key: "EXPIRED", name: "过期", color: "rose" } as const satisfies Omit<
  TierDefinition,
  "entry"
>;

/**
 * The largest number of remaining days at which a batch is in the tier: it enters when
 * remainingDays ≤ threshold. -1 means it never enters (no band applies to this shelf life).
 */
export function thresholdDays(entry: TierEntry, shelfLifeDays: number): number {
  if (!Number.isSafeInteger(shelfLifeDays) || shelfLifeDays < 0) {
    throw new RangeError(`保质期天数必须是非负整数: ${shelfLifeDays}`);
  }
  switch (entry.kind) {
    case "DAYS":
      return entry.days;
    case "PERCENT": {
      // Integer floor division, so 33% of 300 days is exactly 99 and never 98.99999.
      const scaled = shelfLifeDays * entry.percent;
      return (scaled - (scaled % 100)) / 100;
    }
    case "BAND": {
      let match: ShelfLifeBand | undefined;
      for (const band of entry.bands) {
        if (
          band.minShelfLifeDays <= shelfLifeDays &&
          (!match || band.minShelfLifeDays > match.minShelfLifeDays)
        ) {
          match = band;
        }
      }
      return match ? match.daysBeforeExpiry : -1;
    }
  }
}

/**
 * Thresholds of the tiers after the first, in policy order. The first tier is the fallback and has
 * no threshold; a later tier without an entry (only in an unvalidated policy) never enters.
 */
function thresholds(policy: TierPolicy, shelfLifeDays: number): number[] {
  return policy.tiers.slice(1).map((tier) => (tier.entry ? thresholdDays(tier.entry, shelfLifeDays) : -1));
}

/** The key of the tier a batch is in: EXPIRED, else the most urgent tier it has entered, else the first. */
export function tierOf(policy: TierPolicy, batch: { remainingDays: number; shelfLifeDays: number }): string {
  if (!Number.isSafeInteger(batch.remainingDays)) {
    throw new RangeError(`剩余天数必须是整数: ${batch.remainingDays}`);
  }
  if (batch.remainingDays < 0) return EXPIRED_TIER.key;
  const limits = thresholds(policy, batch.shelfLifeDays);
  for (let i = limits.length - 1; i >= 0; i--) {
    if ((limits[i] ?? -1) >= batch.remainingDays) return tierKey(policy, i + 1);
  }
  return tierKey(policy, 0);
}

function tierKey(policy: TierPolicy, index: number): string {
  const tier = policy.tiers[index];
  if (!tier) throw new RangeError("档位策略没有任何档位");
  return tier.key;
}

/** Inclusive remaining-days interval of a tier; null is an open end. */
export interface TierRange {
  key: string;
  minDays: number | null;
  maxDays: number | null;
}

/**
 * The remaining-days interval of each tier for one shelf life, least urgent first and EXPIRED last,
 * so SQL can tier batches with a join on `remaining BETWEEN minDays AND maxDays`. The intervals are
 * contiguous and cover every integer exactly once, and are derived from the same rule as `tierOf`
 * (a tier holds the days ≤ its threshold that no more urgent tier claims), so the two always agree.
 * A tier that claims no day at this shelf life is left out.
 */
export function tierRanges(policy: TierPolicy, shelfLifeDays: number): TierRange[] {
  const limits = thresholds(policy, shelfLifeDays);
  const ranges: TierRange[] = [{ key: EXPIRED_TIER.key, minDays: null, maxDays: -1 }];
  // Walk from most to least urgent, tracking the highest day already claimed (-1: EXPIRED's).
  let claimed = -1;
  for (let i = limits.length - 1; i >= 0; i--) {
    const limit = limits[i] ?? -1;
    if (limit > claimed) {
      ranges.push({ key: tierKey(policy, i + 1), minDays: claimed + 1, maxDays: limit });
      claimed = limit;
    }
  }
  ranges.push({ key: tierKey(policy, 0), minDays: claimed + 1, maxDays: null });
  return ranges.reverse();
}
