import { calendarDateOf, remainingDays, wallClockIn } from "@shelfloop/core";
import type { Database } from "../../client";
import type { AlertEndpoint } from "../../generated/prisma/client";
import { withTenant } from "../../scope";
import { inQuietHours } from "./digest";
import { ALERT_BATCH_SELECT, alertBatchesOf, batchesFor, messageFor, type PlannedAlert } from "./plan";

/** When a DIGEST endpoint without quiet hours gets its daily message (tenant's clock). */
export const DEFAULT_DIGEST_TIME = "09:00";

/** "YYYY-MM-DD HH:MM" on the tenant's wall clock; such strings compare in time order. */
function localMinute(timezone: string, at: Date): string {
  const { date, hour, minute } = wallClockIn(timezone, at);
  return `${date} ${hour}:${minute}`;
}

/**
 * Whether an endpoint holding changes back should send them now. IMMEDIATE endpoints send as soon as
 * their quiet hours are over. DIGEST endpoints send once a day at the end of their quiet hours (or
 * 09:00): when today's digest time has passed and the held changes began before it — changes after
 * it wait for tomorrow's.
 */
export function digestDue(
  endpoint: Pick<AlertEndpoint, "mode" | "quietStart" | "quietEnd" | "pendingSince">,
  timezone: string,
  now: Date,
): boolean {
  if (!endpoint.pendingSince || inQuietHours(endpoint, timezone, now)) return false;
  if (endpoint.mode === "IMMEDIATE") return true;
  const digestAt = `${wallClockIn(timezone, now).date} ${endpoint.quietEnd ?? DEFAULT_DIGEST_TIME}`;
  return localMinute(timezone, now) >= digestAt && localMinute(timezone, endpoint.pendingSince) < digestAt;
}

/**
 * Plans the held-back messages that are due (see `digestDue`): per endpoint, one digest of the
 * batches whose tier changed since it started holding back and that still sit in a tier it alerts
 * about, with their days left as of now. Clears each endpoint's hold in the same transaction, only if
 * no newer change moved it meanwhile, so a message is planned once.
 */
export function planPendingDigests(db: Database, tenantId: string, now: Date): Promise<PlannedAlert[]> {
  return withTenant(db, { tenantId }, async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { timezone: true } });
    const held = await tx.alertEndpoint.findMany({
      where: { status: "ACTIVE", pendingSince: { not: null }, events: { has: "TIER" } },
      orderBy: { createdAt: "asc" },
    });
    const due = held.filter((endpoint) => digestDue(endpoint, tenant.timezone, now));
    const today = wallClockIn(tenant.timezone, now).date;
    const planned: PlannedAlert[] = [];
    for (const endpoint of due) {
      const since = endpoint.pendingSince as Date;
      const cleared = await tx.alertEndpoint.updateMany({
        where: { id: endpoint.id, pendingSince: since },
        data: { pendingSince: null },
      });
      if (cleared.count === 0) continue;
      const rows = await tx.batch.findMany({
        where: {
          tierChangedAt: { gte: since },
          qtyOnHand: { gt: 0 },
          ...(endpoint.warehouseIds.length > 0 ? { warehouseId: { in: endpoint.warehouseIds } } : {}),
        },
        select: ALERT_BATCH_SELECT,
      });
      const current = rows.map((row) => ({
        row,
        toTier: row.tier,
        remainingDays: remainingDays(calendarDateOf(row.expiryDate), today),
      }));
      const { batches, digest } = await alertBatchesOf(tx, tenantId, current, now);
      const selected = batchesFor(endpoint, batches);
      if (selected.length > 0) planned.push(messageFor(endpoint, digest(selected)));
    }
    return planned;
  });
}
