import { hasRole, type Role } from "@shelfloop/core";
import type { Tx } from "../../scope";
import type { DigestBatch, TierDigest } from "./digest";

export interface NotificationInput {
  kind: string;
  title: string;
  body: string;
  link?: string | null;
}

/** Puts a notification in the centre of every member with at least `minRole`. */
export async function notifyMembers(
  tx: Tx,
  tenantId: string,
  minRole: Role,
  notification: NotificationInput,
) {
  const members = await tx.membership.findMany({ where: { tenantId }, select: { userId: true, role: true } });
  const recipients = members.filter((member) => hasRole(member.role, minRole));
  await tx.notification.createMany({
    data: recipients.map(({ userId }) => ({
      tenantId,
      userId,
      ...notification,
      link: notification.link ?? null,
    })),
  });
  return recipients.length;
}

/**
 * Puts a tier alert in the centre of every member with role STAFF or above, covering only the batches
 * in the warehouses they work in (all, when their membership names none); members with none of the
 * batches get nothing. Returns how many members were notified.
 */
export async function notifyTierAlert<T extends DigestBatch>(
  tx: Tx,
  tenantId: string,
  batches: T[],
  digest: (selected: T[]) => TierDigest,
) {
  if (batches.length === 0) return 0;
  const members = await tx.membership.findMany({
    where: { tenantId },
    select: { userId: true, role: true, warehouseIds: true },
  });
  const byScope = new Map<string, { warehouseIds: string[]; userIds: string[] }>();
  for (const member of members) {
    if (!hasRole(member.role, "STAFF")) continue;
    const warehouseIds = [...member.warehouseIds].sort();
    const key = warehouseIds.join(",");
    const scope = byScope.get(key) ?? { warehouseIds, userIds: [] };
    scope.userIds.push(member.userId);
    byScope.set(key, scope);
  }
  const data = [];
  for (const { warehouseIds, userIds } of byScope.values()) {
    const mine =
      warehouseIds.length === 0 ? batches : batches.filter((b) => warehouseIds.includes(b.warehouseId));
    if (mine.length === 0) continue;
    const { title, lines, link } = digest(mine);
    // The centre links inside the console, so it keeps the path and query only.
    const { pathname, search } = new URL(link);
    const path = pathname + search;
    for (const userId of userIds) {
      data.push({ tenantId, userId, kind: "tier_alert", title, body: lines.join("\n"), link: path });
    }
  }
  await tx.notification.createMany({ data });
  return data.length;
}

/** The signed-in user's notifications, newest first (row-level security limits them to the user). */
export async function listNotifications(tx: Tx, userId: string, limit = 50) {
  const [items, unread] = await Promise.all([
    tx.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: limit }),
    tx.notification.count({ where: { userId, readAt: null } }),
  ]);
  return { items, unread };
}

export function unreadCount(tx: Tx, userId: string) {
  return tx.notification.count({ where: { userId, readAt: null } });
}

/** Marks some (or, without ids, all) of the user's notifications read. */
export async function markNotificationsRead(tx: Tx, userId: string, ids?: string[]) {
  const { count } = await tx.notification.updateMany({
    where: { userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}
