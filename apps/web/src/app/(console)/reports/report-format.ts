import { DEFAULT_TIER_POLICY, EXPIRED_TIER, formatFen } from "@shelfloop/core";
import { messages } from "~/i18n";

const t = messages.reports;

/** A 0..1 share as a percent with one decimal; "—" when there is none (nothing to divide by). */
export const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? "—" : `${(share * 100).toFixed(1)}%`;

/** Money for a CSV cell: plain yuan with two decimals, so a spreadsheet reads it as a number. */
export const yuanCell = (fen: number) => (fen / 100).toFixed(2);

/** Money on screen. */
export const money = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? "—" : formatFen(fen);

export const count = (value: number) => value.toLocaleString("zh-CN");

export function channelLabel(channel: string): string {
  const labels: Record<string, string> = t.channelLabels;
  return labels[channel] ?? (channel === "" ? t.channelLabels.OTHER : channel);
}

/** Tier keys in stacking order (fresh at the bottom, expired on top); a tenant's own keys after them. */
const TIER_ORDER = [...DEFAULT_TIER_POLICY.tiers.map((tier) => tier.key), EXPIRED_TIER.key];
const TIER_COLOR = new Map<string, string>(
  [...DEFAULT_TIER_POLICY.tiers, EXPIRED_TIER].map((tier) => [tier.key, tier.color]),
);
const SPARE_COLORS = ["sky", "violet", "orange", "cyan", "fuchsia", "slate"];

export function orderTiers(keys: Iterable<string>): string[] {
  const rank = (key: string) => {
    const index = TIER_ORDER.indexOf(key);
    return index === -1 ? TIER_ORDER.length : index;
  };
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function tierColors(keys: readonly string[]): string[] {
  let spare = 0;
  return keys.map((key) => TIER_COLOR.get(key) ?? SPARE_COLORS[spare++ % SPARE_COLORS.length] ?? "slate");
}
