import { hasRole, type Role } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import { BusinessError } from "../errors";
import { checkWarehouses } from "./invitations";

type Actor = { tenantId: string; userId: string; role: Role };

// Memberships are the one table RLS also shows across tenants (a user sees all of their own), so
// every query here names the tenant.

/** The tenant's members with their contact details, owners first. */
export async function listMembers(tx: Tx, tenantId: string) {
  const members = await tx.membership.findMany({
    where: { tenantId },
    include: { user: { select: { name: true, email: true, phone: true } } },
    orderBy: [{ createdAt: "asc" }],
  });
  const rank: Record<Role, number> = { OWNER: 0, ADMIN: 1, MANAGER: 2, STAFF: 3, VIEWER: 4 };
  return members
    .map(({ id, userId, role, warehouseIds, createdAt, user }) => ({
      id,
      userId,
      role,
      warehouseIds,
      createdAt,
      ...user,
    }))
    .sort((a, b) => rank[a.role] - rank[b.role]);
}

/**
 * Refuses changes that would leave the tenant without an owner, or let someone act above their role:
 * only an owner makes or unmakes owners, and nobody changes a member ranked above them.
 */
async function guardChange(
  tx: Tx,
  actor: Actor,
  target: { role: Role; userId: string },
  newRole: Role | null,
) {
  if (target.role === "OWNER" || newRole === "OWNER") {
    if (actor.role !== "OWNER") throw new BusinessError("FORBIDDEN", "只有所有者可以变更所有者", "role");
  }
  if (!hasRole(actor.role, target.role)) throw new BusinessError("FORBIDDEN", "不能修改比自己角色更高的成员");
  if (newRole && !hasRole(actor.role, newRole))
    throw new BusinessError("FORBIDDEN", "不能授予比自己更高的角色", "role");
  if (target.role === "OWNER" && newRole !== "OWNER") {
    const owners = await tx.membership.count({ where: { tenantId: actor.tenantId, role: "OWNER" } });
    if (owners <= 1) throw new BusinessError("BAD_REQUEST", "商户至少要保留一位所有者");
  }
}

export async function updateMember(
  tx: Tx,
  actor: Actor,
  membershipId: string,
  change: { role: Role; warehouseIds: string[] },
) {
  const before = await tx.membership.findFirst({ where: { id: membershipId, tenantId: actor.tenantId } });
  if (!before) throw new BusinessError("NOT_FOUND", "该成员不存在");
  await guardChange(tx, actor, before, change.role);
  await checkWarehouses(tx, change.warehouseIds);
  const after = await tx.membership.update({ where: { id: membershipId }, data: change });
  await recordAudit(tx, {
    actor,
    action: "member.updated",
    entityType: "membership",
    entityId: membershipId,
    before,
    after,
  });
  return after;
}

export async function removeMember(tx: Tx, actor: Actor, membershipId: string) {
  const before = await tx.membership.findFirst({ where: { id: membershipId, tenantId: actor.tenantId } });
  if (!before) throw new BusinessError("NOT_FOUND", "该成员不存在");
  await guardChange(tx, actor, before, null);
  await tx.membership.delete({ where: { id: membershipId } });
  await recordAudit(tx, {
    actor,
    action: "member.removed",
    entityType: "membership",
    entityId: membershipId,
    before,
  });
}
