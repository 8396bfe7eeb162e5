import { EXPIRED_TIER, formatFen, wallClockIn } from "@shelfloop/core";

/** One batch that changed tier, as the alert shows it. */
export interface DigestBatch {
  batchId: string;
  productName: string;
  lotCode: string;
  warehouseId: string;
  warehouseName: string;
  /** The location (bin/shelf) code where the batch sits, when it has one. */
  locationCode?: string | null | undefined;
  /** The tier key the batch moved to. */
  toTier: string;
  /** When it moved there. */
  changedAt: Date;
  remainingDays: number;
  qtyOnHand: number;
  /** Unit cost of the product, in fen. */
  costFen: number;
}

export interface TierDigestInput {
  tenantName: string;
  /**
   * Tier key → display name. After EXPIRED (always first), tiers are listed in the order of these keys,
   * so give them most urgent first; tiers missing here come last, under their key.
   */
  tierNames: Record<string, string>;
  /** Console base URL, without a trailing slash. */
  consoleUrl: string;
  batches: DigestBatch[];
}

export interface TierDigest {
  title: string;
  markdown: string;
  link: string;
  /** The per-tier lines in plain text, most urgent first (for the in-app notification). */
  lines: string[];
}

/** How many batches the message lists one by one. */
export const DIGEST_TOP_BATCHES = 5;

/** "还剩 3 天", "今天到期", "已过期 2 天". */
export function describeRemaining(days: number): string {
  if (days > 0) return `还剩 ${days} 天`;
  if (days === 0) return "今天到期";
  return `已过期 ${-days} 天`;
}

/** The tiers of the batches, most urgent first: EXPIRED, then the order of `tierNames`, then unknown keys. */
function tierOrder(tierNames: Record<string, string>, batches: DigestBatch[]): string[] {
  const order = [EXPIRED_TIER.key, ...Object.keys(tierNames).filter((key) => key !== EXPIRED_TIER.key)];
  for (const batch of batches) if (!order.includes(batch.toTier)) order.push(batch.toTier);
  const present = new Set(batches.map((batch) => batch.toTier));
  return order.filter((key) => present.has(key));
}

const tierName = (tierNames: Record<string, string>, key: string) =>
  tierNames[key] ?? (key === EXPIRED_TIER.key ? EXPIRED_TIER.name : key);

/** When the earliest of these batches changed tier; null for none. */
export function earliestChange(batches: Pick<DigestBatch, "changedAt">[]): Date | null {
  const earliest = batches.reduce((min, batch) => Math.min(min, batch.changedAt.getTime()), Infinity);
  return Number.isFinite(earliest) ? new Date(earliest) : null;
}

/**
 * The console batch list filtered to exactly these batches: their tiers, changed since the earliest of
 * the changes, and their warehouse when there is only one.
 */
export function digestLink(
  consoleUrl: string,
  batches: Pick<DigestBatch, "toTier" | "warehouseId" | "changedAt">[],
): string {
  const query = new URLSearchParams();
  const tiers = [...new Set(batches.map((batch) => batch.toTier))].sort();
  if (tiers.length > 0) query.set("tier", tiers.join(","));
  const earliest = earliestChange(batches);
  if (earliest) query.set("changedSince", earliest.toISOString());
  const warehouses = new Set(batches.map((batch) => batch.warehouseId));
  const [warehouse] = warehouses;
  if (warehouses.size === 1 && warehouse) query.set("warehouse", warehouse);
  const qs = query.toString();
  return qs ? `${consoleUrl}/batches?${qs}` : `${consoleUrl}/batches`;
}

/**
 * One message summarising a tiering run's changes: a line per tier (most urgent first) with the
 * number of batches and their cost at risk, then the batches with the fewest days left.
 */
export function buildTierDigest(input: TierDigestInput): TierDigest {
  const { tenantName, tierNames, consoleUrl, batches } = input;
  const lines = tierOrder(tierNames, batches).map((key) => {
    const inTier = batches.filter((batch) => batch.toTier === key);
    const cost = inTier.reduce((sum, batch) => sum + batch.qtyOnHand * batch.costFen, 0);
    return `${tierName(tierNames, key)} ${inTier.length} 批次 · 成本 ${formatFen(cost)} 有报废风险`;
  });
  const title = `${tenantName} 临期预警：${lines[0] ?? "没有批次变化"}`;
  const top = [...batches].sort((a, b) => a.remainingDays - b.remainingDays).slice(0, DIGEST_TOP_BATCHES);
  const link = digestLink(consoleUrl, batches);
  const markdown = [
    `### ${tenantName} 临期预警`,
    ...lines.map((line) => `- **${line}**`),
    ...(top.length > 0
      ? [
          "",
          top.length < batches.length ? `最紧急的 ${top.length} 个批次：` : "批次：",
          ...top.map(
            (batch) =>
              `- ${batch.productName} · 批号 ${batch.lotCode} · ${batch.warehouseName}${batch.locationCode ? ` · 库位 ${batch.locationCode}` : ""} · ${describeRemaining(batch.remainingDays)}（${tierName(tierNames, batch.toTier)}）`,
          ),
        ]
      : []),
    "",
    `[在临期通查看批次](${link})`,
  ].join("\n");
  return { title, markdown, link, lines };
}

/** "HH:MM" on the wall clock of `timezone` (24-hour). */
export function localClock(timezone: string, at: Date): string {
  const { hour, minute } = wallClockIn(timezone, at);
  return `${hour}:${minute}`;
}

/**
 * Whether `at` is inside the quiet hours [start, end) on the tenant's clock. A window whose end is
 * before its start crosses midnight (22:00–07:00); no window, or start = end, is never quiet.
 */
export function inQuietHours(
  quiet: { quietStart: string | null; quietEnd: string | null },
  timezone: string,
  at: Date,
): boolean {
  const { quietStart: start, quietEnd: end } = quiet;
  if (!start || !end || start === end) return false;
  const now = localClock(timezone, at);
  return start < end ? start <= now && now < end : now >= start || now < end;
}
