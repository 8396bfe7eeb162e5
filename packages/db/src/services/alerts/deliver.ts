import type { RobotMessage, RobotResult } from "@shelfloop/channels";
import type { Database } from "../../client";
import type { Prisma } from "../../generated/prisma/client";
import { type Tx, withTenant } from "../../scope";
import type { TierChange } from "../tiering/retier-tenant";
import { earliestChange, inQuietHours } from "./digest";
import { robotFor } from "./endpoints";
import { notifyMembers, notifyTierAlert } from "./notifications";
import { planPendingDigests } from "./pending";
import {
  ALERT_BATCH_SELECT,
  type AlertBatch,
  alertBatchesOf,
  alerting,
  batchesFor,
  messageFor,
  type PlannedAlert,
} from "./plan";

/** Endpoints are paused after this many failed deliveries in a row (retries exhausted each time). */
export const ENDPOINT_FAILURE_LIMIT = 3;

/**
 * Plans the robot messages for one tiering run's changes: one digest per ACTIVE endpoint with matching
 * changes. An IMMEDIATE endpoint outside its quiet hours gets it now; an endpoint in quiet hours, or in
 * DIGEST mode, holds the changes back (`pendingSince`) for `planPendingDigests`. Every member also
 * gets the run's alerting batches of their warehouses in the in-app notification centre.
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
    const [rows, endpoints] = await Promise.all([
      tx.batch.findMany({
        where: { id: { in: [...new Set(changes.map((change) => change.batchId))] } },
        select: ALERT_BATCH_SELECT,
      }),
      tx.alertEndpoint.findMany({
        where: { status: "ACTIVE", events: { has: "TIER" } },
        orderBy: { createdAt: "asc" },
      }),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const changed = changes.flatMap(({ batchId, toTier, remainingDays }) => {
      const row = byId.get(batchId);
      return row ? [{ row, toTier, remainingDays }] : [];
    });
    const { tenant, batches, digest } = await alertBatchesOf(tx, tenantId, changed, now);
    await notifyTierAlert(tx, tenantId, alerting(batches), digest);

    const planned: PlannedAlert[] = [];
    for (const endpoint of endpoints) {
      const selected = batchesFor(endpoint, batches);
      if (selected.length === 0) continue;
      if (endpoint.mode === "DIGEST" || inQuietHours(endpoint, tenant.timezone, now)) {
        await holdBack(tx, endpoint.id, selected);
      } else {
        planned.push(messageFor(endpoint, digest(selected)));
      }
    }
    return planned;
  });
}

/** Marks an endpoint as holding changes back from the earliest of these batches' changes on. */
async function holdBack(tx: Tx, endpointId: string, batches: AlertBatch[]) {
  const since = earliestChange(batches);
  if (!since) return;
  await tx.$executeRaw`
    UPDATE alert_endpoints SET pending_since = LEAST(COALESCE(pending_since, ${since}), ${since})
    WHERE id = ${endpointId}::uuid`;
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

/**
 * Delivers alerts in this process, for when no Inngest server does (the embedded default, "re-tier
 * now" without Inngest, startup): plans a tiering run's alerts and any held-back digests now due, then
 * sends each message once — without Inngest's throttling and retries, so a failure counts on the
 * endpoint as a final one.
 */
export async function deliverAlertsNow(
  db: Database,
  tenantId: string,
  changes: TierChange[],
  now: Date,
): Promise<{ planned: number; sent: number }> {
  const planned = [
    ...(await planTierAlerts(db, tenantId, changes, now)),
    ...(await planPendingDigests(db, tenantId, now)),
  ];
  let sent = 0;
  for (const { endpointId, message } of planned) {
    const result = await sendEndpointMessage(db, tenantId, endpointId, message);
    if ("skipped" in result) continue;
    if (result.ok) sent++;
    else await recordEndpointFailure(db, tenantId, endpointId, { message: result.message });
  }
  return { planned: planned.length, sent };
}
