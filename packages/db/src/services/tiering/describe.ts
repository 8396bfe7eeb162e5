import { EXPIRED_TIER, type TierPolicy, tierOf } from "@shelfloop/core";

/** The tier a batch is in under `policy`, with the name and colour the merchant gave it. */
export function describeTier(policy: TierPolicy, batch: { remainingDays: number; shelfLifeDays: number }) {
  const key = tierOf(policy, batch);
  const tier = key === EXPIRED_TIER.key ? EXPIRED_TIER : policy.tiers.find((t) => t.key === key);
  return { key, name: tier?.name ?? key, color: tier?.color ?? "slate" };
}
