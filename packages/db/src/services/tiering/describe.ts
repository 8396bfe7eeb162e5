import { EXPIRED_TIER, type TierPolicy, tierOf } from "@shelfloop/core";

/** The tier a batch is in under `policy`, with the name and colour the merchant gave it. */
export function describeTier(policy: TierPolicy, batch: { remainingDays: number; shelfLifeDays: number }) {
  const key = tierOf(policy, batch);
  const tier = key === EXPIRED_TIER.key ? EXPIRED_TIER : policy.tiers.find((t) => t.key === key);
  return { key, name: tier?.name ?? key, color: tier?.color ?? "slate" };
}

/** Tier key → name over the given policies, most urgent first (EXPIRED, then each policy's last tier up). */
export function tierNamesOf(policies: TierPolicy[]): Record<string, string> {
  const names: Record<string, string> = { [EXPIRED_TIER.key]: EXPIRED_TIER.name };
  for (const policy of policies) {
    for (const tier of [...policy.tiers].reverse()) names[tier.key] ??= tier.name;
  }
  return names;
}
