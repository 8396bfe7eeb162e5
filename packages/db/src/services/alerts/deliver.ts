import type { RobotMessage, RobotResult } from "@shelfloop/channels";
import { EXPIRED_TIER, type TierPolicy } from "@shelfloop/core";
import type { Database } from "../../client";
import type { Prisma } from "../../generated/prisma/client";
import { withTenant } from "../../scope";
import { loadTierPolicies, policyForProduct } from "../tiering/policies";
import type { TierChange } from "../tiering/retier-tenant";
import { buildTierDigest, type DigestBatch, inQuietHours } from "./digest";
import { robotFor } from "./endpoints";
import { notifyMembers } from "./notifications";

/** One robot message to send through one endpoint. */
export interface PlannedAlert {
  endpointId: string;
  message: RobotMessage;
}

/** Endpoints are paused after this many failed deliveries in a row (retries exhausted each time). */
export const ENDPOINT_FAILURE_LIMIT = 3;

/** The console's base URL for links in alerts. */
export function consoleBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.SHELFLOOP_CONSOLE_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** Tier key → name over the given policies, most urgent first (the digest's order). */
function tierNamesOf(policies: TierPolicy[]): Record<string, string> {
  const names: Record<string, string> = { [EXPIRED_TIER.key]: EXPIRED_TIER.name };
  for (const policy of policies) {
    for (const tier of [...policy.tiers].reverse()) names[tier.key] ??= tier.name;
  }
  return names;
}

/**
 * Plans the robot messages for one tiering run's changes: one digest per ACTIVE IMMEDIATE endpoint
 * that has matching changes (its tiers — empty meaning every tier but the policy's first, normal one —
 * and its warehouses — empty meaning all) and is not in its quiet hours on the tenant's clock.
 *
 * Not implemented yet: quiet-hour deferral and DIGEST mode. Alerts for endpoints in quiet hours or in
 * DIGEST mode are not sent later; they reach the in-app notification centre only, which gets one
 * summary of the run for every member with role STAFF or above.
 *
 * Runs as the tenant with no user, so it may write notifications for every member.
 */
export function planTierAlerts(
  db: Database,
  tenantId: string,
  changes: TierChange[],
  now: Date,
): Promise<PlannedAlert[]> {
  if (changes.length === 0) return Promise.resolve([]);
  return withTenant(db, { tenantId }, async (tx) => {
    const [tenant, policies, rows, endpoints] = await Promise.all([
      tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true, timezone: true } }),
      loadTierPolicies(tx),
      tx.batch.findMany({
        where: { id: { in: [...new Set(changes.map((change) => change.batchId))] } },
        select: {
          id: true,
          lotCode: true,
          qtyOnHand: true,
          warehouseId: true,
          product: { select: { id: true, name: true, category: true, costFen: true } },
          warehouse: { select: { name: true } },
        },
      }),
      tx.alertEndpoint.findMany({
        where: { status: "ACTIVE", mode: "IMMEDIATE" },
        orderBy: { createdAt: "asc" },
      }),
    ]);
    const batches = new Map(rows.map((row) => [row.id, row]));
    const used: TierPolicy[] = [];
    const alerts: (DigestBatch & { warehouseId: string; normalTier: string })[] = [];
    for (const change of changes) {
      const batch = batches.get(change.batchId);
      if (!batch) continue;
      const policy = policyForProduct(policies, batch.product);
      if (!used.includes(policy)) used.push(policy);
      alerts.push({
        batchId: batch.id,
        productName: batch.product.name,
        lotCode: batch.lotCode,
        warehouseName: batch.warehouse.name,
        warehouseId: batch.warehouseId,
        toTier: change.toTier,
        remainingDays: change.remainingDays,
        qtyOnHand: batch.qtyOnHand,
        costFen: batch.product.costFen,
        normalTier: policy.tiers[0]?.key ?? "",
      });
    }
    const tierNames = tierNamesOf(used);
    const consoleUrl = consoleBaseUrl();
    const digest = (selected: DigestBatch[]) =>
      buildTierDigest({ tenantName: tenant.name, tierNames, consoleUrl, batches: selected });

    // The in-app summary covers batches that entered an alerting tier (not those back to normal).
    const alerting = alerts.filter((alert) => alert.toTier !== alert.normalTier);
    if (alerting.length > 0) {
      const summary = digest(alerting);
      await notifyMembers(tx, tenantId, "STAFF", {
        kind: "tier_alert",
        title: summary.title,
        body: summary.lines.join("\n"),
        link: "/batches",
      });
    }

    const planned: PlannedAlert[] = [];
    for (const endpoint of endpoints) {
      if (inQuietHours(endpoint, tenant.timezone, now)) continue;
      const selected = alerts.filter(
        (alert) =>
          (endpoint.tiers.length === 0
            ? alert.toTier !== alert.normalTier
            : endpoint.tiers.includes(alert.toTier)) &&
          (endpoint.warehouseIds.length === 0 || endpoint.warehouseIds.includes(alert.warehouseId)),
      );
      if (selected.length === 0) continue;
      const { title, markdown, link } = digest(selected);
      planned.push({
        endpointId: endpoint.id,
        message: {
          title,
          markdown,
          link,
          ...(endpoint.mentionMobiles.length > 0 ? { mentionMobiles: endpoint.mentionMobiles } : {}),
          ...(endpoint.mentionAll ? { mentionAll: true } : {}),
        },
      });
    }
    return planned;
  });
}

const stored = (result: RobotResult, at: Date) =>
  ({ ...result, at: at.toISOString() }) as unknown as Prisma.InputJsonValue;

/**
 * Sends one planned message through an endpoint and stores the platform's answer on it; a success
 * resets the endpoint's failure count. Skips endpoints that are paused or gone. The robot is called
 * outside any transaction, so no connection is held while the platform answers.
 */
export async function sendEndpointMessage(
  db: Database,
  tenantId: string,
  endpointId: string,
  message: RobotMessage,
): Promise<RobotResult | { skipped: "paused" }> {
  const endpoint = await withTenant(db, { tenantId }, (tx) =>
    tx.alertEndpoint.findUnique({ where: { id: endpointId } }),
  );
  if (!endpoint || endpoint.status === "PAUSED") return { skipped: "paused" };
  const result = await robotFor(endpoint).send(message);
  await withTenant(db, { tenantId }, (tx) =>
    tx.alertEndpoint.updateMany({
      where: { id: endpointId },
      data: { lastResult: stored(result, new Date()), ...(result.ok ? { failureCount: 0 } : {}) },
    }),
  );
  return result;
}

/**
 * Records a delivery that failed for good (permanently, or retries exhausted). The third failure in a
 * row pauses the endpoint and tells the tenant's admins in-app. Returns null when the endpoint is gone.
 */
export function recordEndpointFailure(
  db: Database,
  tenantId: string,
  endpointId: string,
  failure: { message: string },
): Promise<{ failureCount: number; paused: boolean } | null> {
  return withTenant(db, { tenantId }, async (tx) => {
    const existing = await tx.alertEndpoint.findUnique({ where: { id: endpointId }, select: { id: true } });
    if (!existing) return null;
    const updated = await tx.alertEndpoint.update({
      where: { id: endpointId },
      data: { failureCount: { increment: 1 } },
    });
    const pause = updated.status === "ACTIVE" && updated.failureCount >= ENDPOINT_FAILURE_LIMIT;
    if (pause) {
      await tx.alertEndpoint.update({ where: { id: endpointId }, data: { status: "PAUSED" } });
      await notifyMembers(tx, tenantId, "ADMIN", {
        kind: "alert_endpoint_paused",
        title: `推送渠道「${updated.name}」已暂停：${failure.message}`,
        body: `连续 ${updated.failureCount} 次发送失败，临期预警不再推送到该渠道。修正设置并保存后会重新启用。`,
        link: "/settings/alerts",
      });
    }
    return { failureCount: updated.failureCount, paused: pause || updated.status === "PAUSED" };
  });
}
