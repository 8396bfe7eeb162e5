import type { Role } from "@shelfloop/core";
import type { Tx } from "../scope";

export interface TenantContext {
  tenantId: string;
  tenantName: string;
  timezone: string;
  userId: string;
  userName: string;
  role: Role;
}

/**
 * The caller's current membership, read inside the tenant's own transaction: a removed member or a
 * changed role takes effect on the next request, whatever the session cookie still says.
 */
export async function loadTenantContext(
  tx: Tx,
  tenantId: string,
  userId: string,
): Promise<TenantContext | null> {
  const membership = await tx.membership.findUnique({
    where: { tenantId_userId: { tenantId, userId } },
    include: { tenant: { select: { name: true, timezone: true } }, user: { select: { name: true } } },
  });
  if (!membership) return null;
  return {
    tenantId,
    tenantName: membership.tenant.name,
    timezone: membership.tenant.timezone,
    userId,
    userName: membership.user.name,
    role: membership.role,
  };
}
