import type { ShelfLifeBand, TierPolicy } from "./tier-policy";

// Presets are shared by every tenant in the process; freezing them turns an accidental edit into an error.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Beijing's near-expiry (临近保质期) table, from the rule on near-expiry sales areas in supermarkets
 * (北京市工商局《临近保质期限食品销售专区制度》, 2012): how many days before expiry a food is 临期, by
 * its shelf life. Months become days where the brackets meet: 1 year = 365, 6 months = 180. The text
 * reads "16 days or more, under 30" and "under 15 days", leaving exactly 15 days between rows; it goes
 * in the short row. For that short row the text allows "1 to 4 days"; we use 2.
 */
export const BEIJING_NEAR_EXPIRY_BANDS: readonly ShelfLifeBand[] = deepFreeze([
  { minShelfLifeDays: 365, daysBeforeExpiry: 45 },
  { minShelfLifeDays: 180, daysBeforeExpiry: 20 },
  { minShelfLifeDays: 90, daysBeforeExpiry: 15 },
  { minShelfLifeDays: 30, daysBeforeExpiry: 10 },
  { minShelfLifeDays: 16, daysBeforeExpiry: 5 },
  { minShelfLifeDays: 1, daysBeforeExpiry: 2 },
]);

/** Exactly the Beijing rule and nothing else: 正常 until the batch is 临期. */
export const BEIJING_PRESET_POLICY: TierPolicy = deepFreeze({
  tiers: [
    { key: "NORMAL", name: "正常", color: "emerald", entry: null },
    { key: "URGENT", name: "临期", color: "red", entry: { kind: "BAND", bands: BEIJING_NEAR_EXPIRY_BANDS } },
  ],
});

/**
 * The 关注 (watch) table of the default policy: twice the Beijing lead time in every row.
 *
 * The retail one-third rule (PERCENT 33) was the first choice but cannot sit above the Beijing table
 * for every shelf life: at 9 days floor(9 × 33%) = 2 is not above 2, at 16 days 5 is not above 5, at
 * 30 days 9 is below 10. Doubling keeps the same brackets, so 关注 is strictly above 紧急 for every
 * shelf life, and stays close to a third where it matters: 90 days of a year (a quarter), 30 of 90
 * days (exactly a third). For very short shelf lives (1–15 days → 4) it can exceed the shelf life
 * itself; such batches simply start in 关注, which is right for 3-day bread.
 */
export const DEFAULT_WATCH_BANDS: readonly ShelfLifeBand[] = deepFreeze(
  BEIJING_NEAR_EXPIRY_BANDS.map((band) => ({ ...band, daysBeforeExpiry: band.daysBeforeExpiry * 2 })),
);

/** The policy a tenant gets until it sets its own: 正常 → 关注 (twice Beijing's lead) → 紧急 (Beijing's 临期). */
export const DEFAULT_TIER_POLICY: TierPolicy = deepFreeze({
  tiers: [
    { key: "NORMAL", name: "正常", color: "emerald", entry: null },
    { key: "YELLOW", name: "关注", color: "yellow", entry: { kind: "BAND", bands: DEFAULT_WATCH_BANDS } },
    { key: "RED", name: "紧急", color: "red", entry: { kind: "BAND", bands: BEIJING_NEAR_EXPIRY_BANDS } },
  ],
});

/** The policy that applies to a product: its own, else its category's, else the tenant's, else the default. */
export function resolveTierPolicy(levels: {
  product?: TierPolicy | null;
  category?: TierPolicy | null;
  tenant?: TierPolicy | null;
}): TierPolicy {
  return levels.product ?? levels.category ?? levels.tenant ?? DEFAULT_TIER_POLICY;
}
