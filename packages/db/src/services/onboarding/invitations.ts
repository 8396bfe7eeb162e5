import { hasRole, type Role } from "@shelfloop/core";
import type { Tx } from "../../scope";
import { recordAudit } from "../audit";
import { BusinessError } from "../errors";
import { INVITATION_TTL_DAYS, newInvitationToken } from "./tokens";

type Actor = { tenantId: string; userId: string; role: Role };

export interface InvitationInput {
  email?: string | undefined;
  phone?: string | undefined;
  role: Exclude<Role, "OWNER">;
  warehouseIds: string[];
}

/** The warehouses must be the tenant's own and not archived (RLS hides other tenants' anyway). */
export async function checkWarehouses(tx: Tx, warehouseIds: string[]) {
  if (warehouseIds.length === 0) return;
  const found = await tx.warehouse.count({ where: { id: { in: warehouseIds }, archivedAt: null } });
  if (found !== new Set(warehouseIds).size)
    throw new BusinessError("BAD_REQUEST", "所选仓库不存在或已停用", "warehouseIds");
}

/**
 * Invites someone by email or phone with a role no higher than the inviter's own. Returns the token
 * for the link — shown once; only its hash is stored.
 */
export async function createInvitation(tx: Tx, actor: Actor, input: InvitationInput, now = new Date()) {
  if (!hasRole(actor.role, input.role)) {
    throw new BusinessError("FORBIDDEN", "不能邀请比自己角色更高的成员", "role");
  }
  await checkWarehouses(tx, input.warehouseIds);
  const { token, tokenHash } = newInvitationToken();
  const invitation = await tx.invitation.create({
    data: {
      tenantId: actor.tenantId,
      email: input.email?.toLowerCase() ?? null,
      phone: input.phone ?? null,
      role: input.role,
      warehouseIds: input.warehouseIds,
      tokenHash,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
      invitedById: actor.userId,
    },
    omit: { tokenHash: true },
  });
  await recordAudit(tx, {
    actor,
    action: "invitation.created",
    entityType: "invitation",
    entityId: invitation.id,
    after: invitation,
  });
  return { invitation, token };
}

/** Invitations not yet accepted or revoked, newest first (expired ones too, marked by their date). */
export function listOpenInvitations(tx: Tx) {
  return tx.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    omit: { tokenHash: true },
  });
}

export async function revokeInvitation(tx: Tx, actor: Actor, id: string, now = new Date()) {
  const { count } = await tx.invitation.updateMany({
    where: { id, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) throw new BusinessError("NOT_FOUND", "该邀请不存在、已被接受或已撤销");
  await recordAudit(tx, { actor, action: "invitation.revoked", entityType: "invitation", entityId: id });
}
