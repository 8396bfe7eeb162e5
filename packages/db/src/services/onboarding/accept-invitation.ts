import { randomUUID } from "node:crypto";
import type { Role } from "@shelfloop/core";
import type { Database } from "../../client";
import { applyScope, withScope } from "../../scope";
import { hashPassword, verifyPassword } from "../auth/password";
import { BusinessError } from "../errors";
import { hashInvitationToken } from "./tokens";

interface InvitationRow {
  id: string;
  tenant_id: string;
  tenant_name: string;
  tenant_timezone: string;
  email: string | null;
  phone: string | null;
  role: Role;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

export type InvitationState = "OPEN" | "EXPIRED" | "ACCEPTED" | "REVOKED";

/** What the invitation page shows: whose invitation, for what, and whether it can still be used. */
export interface InvitationView {
  tenantName: string;
  tenantTimezone: string;
  email: string | null;
  phone: string | null;
  role: Role;
  expiresAt: Date;
  state: InvitationState;
  /** The invited email/phone already has an account: accepting asks for its password. */
  hasAccount: boolean;
}

const stateOf = (row: InvitationRow, now: Date): InvitationState =>
  row.accepted_at ? "ACCEPTED" : row.revoked_at ? "REVOKED" : row.expires_at <= now ? "EXPIRED" : "OPEN";

/** The invitation holding this token, or null; read through the definer function (see migration). */
async function findInvitation(db: Database, token: string) {
  return withScope(db, {}, async (tx) => {
    const [row] = await tx.$queryRaw<InvitationRow[]>`
      SELECT * FROM app_invitation_by_token_hash(${hashInvitationToken(token)})`;
    if (!row) return null;
    const login = row.email ?? row.phone ?? "";
    await applyScope(tx, { login });
    const user = await tx.user.findFirst({
      where: row.email ? { email: { equals: row.email, mode: "insensitive" } } : { phone: row.phone },
      select: { id: true, passwordHash: true },
    });
    return { row, user };
  });
}

export async function viewInvitation(
  db: Database,
  token: string,
  now = new Date(),
): Promise<InvitationView | null> {
  const found = await findInvitation(db, token);
  if (!found) return null;
  const { row, user } = found;
  return {
    tenantName: row.tenant_name,
    tenantTimezone: row.tenant_timezone,
    email: row.email,
    phone: row.phone,
    role: row.role,
    expiresAt: row.expires_at,
    state: stateOf(row, now),
    hasAccount: user !== null,
  };
}

const REFUSALS: Record<Exclude<InvitationState, "OPEN">, string> = {
  EXPIRED: "邀请链接已过期，请联系管理员重新邀请",
  ACCEPTED: "该邀请已被使用",
  REVOKED: "该邀请已被撤销",
};

/**
 * Accepts an invitation: a new user sets their name and password; someone who already has an account
 * (in another tenant) confirms with their password. Joins the tenant with the invited role and
 * warehouses and marks the invitation used — once: a second acceptance finds it taken.
 */
export async function acceptInvitation(
  db: Database,
  token: string,
  input: { name?: string | undefined; password: string },
  now = new Date(),
): Promise<{ tenantId: string; userId: string; login: string }> {
  const found = await findInvitation(db, token);
  if (!found) throw new BusinessError("NOT_FOUND", "邀请链接无效");
  const { row, user } = found;
  const state = stateOf(row, now);
  if (state !== "OPEN") throw new BusinessError("BAD_REQUEST", REFUSALS[state]);
  if (user && !(await verifyPassword(input.password, user.passwordHash))) {
    throw new BusinessError("BAD_REQUEST", "密码不正确（该账号已存在，请输入它的登录密码）", "password");
  }
  if (!user && !input.name?.trim()) throw new BusinessError("BAD_REQUEST", "请填写姓名", "name");
  const userId = user?.id ?? randomUUID();
  const passwordHash = user ? null : await hashPassword(input.password);

  await withScope(db, { tenantId: row.tenant_id, userId }, async (tx) => {
    const taken = await tx.invitation.updateMany({
      where: { id: row.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedById: userId },
    });
    if (taken.count === 0) throw new BusinessError("BAD_REQUEST", REFUSALS.ACCEPTED);
    if (passwordHash) {
      await tx.user.create({
        data: {
          id: userId,
          name: input.name?.trim() ?? "",
          email: row.email,
          phone: row.phone,
          passwordHash,
        },
      });
    }
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: row.id } });
    const member = await tx.membership.findUnique({
      where: { tenantId_userId: { tenantId: row.tenant_id, userId } },
    });
    if (member) throw new BusinessError("CONFLICT", "你已经是该商户的成员，请直接登录");
    await tx.membership.create({
      data: { tenantId: row.tenant_id, userId, role: row.role, warehouseIds: invitation.warehouseIds },
    });
  });
  return { tenantId: row.tenant_id, userId, login: row.email ?? row.phone ?? "" };
}
