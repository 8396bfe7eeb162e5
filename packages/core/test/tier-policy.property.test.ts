import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  DEFAULT_TIER_POLICY,
  EXPIRED_TIER,
  shareOfShelfLifeRemaining,
  type TierPolicy,
  thresholdDays,
  tierOf,
  tierRanges,
  validateTierPolicy,
} from "../src";
import { anyPolicy, validPolicy } from "./tier-arbitraries";

/** 0 for the first (normal) tier, growing with urgency, EXPIRED highest. */
function urgency(policy: TierPolicy, key: string): number {
  const index = policy.tiers.findIndex((tier) => tier.key === key);
  return index === -1 ? policy.tiers.length : index;
}

/** The largest threshold at this shelf life, so tests can sweep every interesting remaining day. */
function topThreshold(policy: TierPolicy, shelfLifeDays: number): number {
  return Math.max(
    -1,
    ...policy.tiers.map((tier) => (tier.entry ? thresholdDays(tier.entry, shelfLifeDays) : -1)),
  );
}

const shelfLife = fc.integer({ min: 1, max: 3650 });
const policies = fc.oneof(validPolicy, anyPolicy);

describe("tier policies (properties)", () => {
  it("generated valid policies really are valid", () => {
    fc.assert(
      fc.property(validPolicy, (policy) => {
        expect(validateTierPolicy(policy).ok).toBe(true);
      }),
    );
  });

  it("fewer days left never gives a less urgent tier", () => {
    fc.assert(
      fc.property(
        policies,
        shelfLife,
        fc.integer({ min: -30, max: 4000 }),
        fc.integer({ min: 0, max: 400 }),
        (policy, shelfLifeDays, remainingDays, fewer) => {
          const now = tierOf(policy, { remainingDays, shelfLifeDays });
          const later = tierOf(policy, { remainingDays: remainingDays - fewer, shelfLifeDays });
          expect(urgency(policy, later)).toBeGreaterThanOrEqual(urgency(policy, now));
        },
      ),
    );
  });

  it("a batch is in a tier on its threshold day and not the day before it", () => {
    fc.assert(
      fc.property(validPolicy, shelfLife, (policy, shelfLifeDays) => {
        policy.tiers.forEach((tier, index) => {
          if (!tier.entry) return;
          const threshold = thresholdDays(tier.entry, shelfLifeDays);
          if (threshold < 0) return; // this tier does not apply at this shelf life
          expect(tierOf(policy, { remainingDays: threshold, shelfLifeDays })).toBe(tier.key);
          const dayBefore = tierOf(policy, { remainingDays: threshold + 1, shelfLifeDays });
          expect(urgency(policy, dayBefore)).toBeLessThan(index);
        });
        const top = topThreshold(policy, shelfLifeDays);
        expect(tierOf(policy, { remainingDays: top + 1, shelfLifeDays })).toBe(policy.tiers[0]?.key);
        expect(tierOf(policy, { remainingDays: -1, shelfLifeDays })).toBe(EXPIRED_TIER.key);
        expect(tierOf(policy, { remainingDays: 0, shelfLifeDays })).not.toBe(EXPIRED_TIER.key);
      }),
    );
  });

  it("tierRanges are contiguous, ordered, and agree with tierOf on every day", () => {
    fc.assert(
      fc.property(
        policies,
        fc.integer({ min: 0, max: 5000 }),
        fc.array(fc.integer({ min: -100, max: 40_000 }), { maxLength: 20 }),
        (policy, shelfLifeDays, randomDays) => {
          const ranges = tierRanges(policy, shelfLifeDays);
          // Least urgent first with no upper bound, EXPIRED last with no lower bound, no gaps.
          expect(ranges[0]?.key).toBe(policy.tiers[0]?.key);
          expect(ranges[0]?.maxDays).toBeNull();
          expect(ranges.at(-1)).toEqual({ key: EXPIRED_TIER.key, minDays: null, maxDays: -1 });
          for (let i = 0; i + 1 < ranges.length; i++) {
            const [upper, lower] = [ranges[i], ranges[i + 1]];
            expect(upper?.minDays).toBe((lower?.maxDays ?? Number.NaN) + 1);
            expect(urgency(policy, upper?.key ?? "")).toBeLessThan(urgency(policy, lower?.key ?? ""));
            if (upper?.maxDays != null) expect(upper.minDays).toBeLessThanOrEqual(upper.maxDays);
          }
          // Every day near a threshold or range edge, every day up to 400, and some random ones.
          const edges = [
            ...policy.tiers.map((tier) => (tier.entry ? thresholdDays(tier.entry, shelfLifeDays) : -1)),
            ...ranges.flatMap((range) => [range.minDays ?? -1, range.maxDays ?? -1]),
          ].flatMap((day) => [day - 1, day, day + 1]);
          const sweep = Array.from(
            { length: Math.min(topThreshold(policy, shelfLifeDays), 400) + 5 },
            (_, i) => i - 3,
          );
          // Collected first and compared once: an expect per day makes this test slow.
          const disagreements = [...edges, ...sweep, ...randomDays].flatMap((days) => {
            const matching = ranges
              .filter(
                (r) => (r.minDays === null || r.minDays <= days) && (r.maxDays === null || days <= r.maxDays),
              )
              .map((r) => r.key);
            const expected = tierOf(policy, { remainingDays: days, shelfLifeDays });
            return matching.length === 1 && matching[0] === expected ? [] : [{ days, matching, expected }];
          });
          expect(disagreements).toEqual([]);
        },
      ),
    );
  });

  it("in a valid policy every tier that applies at a shelf life gets days of its own", () => {
    fc.assert(
      fc.property(validPolicy, shelfLife, (policy, shelfLifeDays) => {
        const keys = tierRanges(policy, shelfLifeDays).map((range) => range.key);
        for (const tier of policy.tiers) {
          const applies = !tier.entry || thresholdDays(tier.entry, shelfLifeDays) >= 0;
          expect(keys.includes(tier.key)).toBe(applies);
        }
      }),
    );
  });

  it("a batch in a PERCENT tier never shows more than that percent of shelf life left", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        shelfLife,
        fc.nat(3650),
        (percent, shelfLifeDays, left) => {
          const remainingDays = Math.min(left, shelfLifeDays);
          fc.pre(remainingDays <= thresholdDays({ kind: "PERCENT", percent }, shelfLifeDays));
          const production = "2026-01-01";
          const expiry = addDays(production, shelfLifeDays);
          const today = addDays(expiry, -remainingDays);
          expect(shareOfShelfLifeRemaining(production, expiry, today)).toBeLessThanOrEqual(percent);
        },
      ),
    );
  });

  it("the default policy keeps 关注 strictly before 紧急 for every shelf life up to ten years", () => {
    const [, yellow, red] = DEFAULT_TIER_POLICY.tiers;
    if (!yellow?.entry || !red?.entry) throw new Error("default policy lost a tier");
    const wrong: number[] = [];
    for (let days = 1; days <= 3650; days++) {
      const keys = tierRanges(DEFAULT_TIER_POLICY, days).map((range) => range.key);
      const ordered = thresholdDays(yellow.entry, days) > thresholdDays(red.entry, days);
      if (!ordered || keys.join() !== "NORMAL,YELLOW,RED,EXPIRED") wrong.push(days);
    }
    expect(wrong).toEqual([]);
  });
});
