import { hasRole, type Role } from "@shelfloop/core";
import type { Tx } from "../../scope";

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
