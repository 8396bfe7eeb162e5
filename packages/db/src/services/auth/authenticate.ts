import type { Role } from "@shelfloop/core";
import type { Database } from "../../client";
import { withScope } from "../../scope";
import { hashPassword, verifyPassword } from "./password";

export interface SignedInMember {
  userId: string;
  name: string;
  tenantId: string;
  role: Role;
}

// Verifying against a throwaway hash when the login is unknown keeps the response time the same,
// so sign-in does not reveal which emails have accounts.
const unknownUserHash = hashPassword("shelfloop-unknown-user");

/**
 * Checks a login (email or phone) and password; returns the member in `tenantId` when given and a
 * member there (e.g. right after accepting an invitation), else in their first tenant; or null.
 */
export async function authenticate(
  db: Database,
  login: string,
  password: string,
  tenantId?: string,
): Promise<SignedInMember | null> {
  const normalized = login.trim().toLowerCase();
  const user = await withScope(db, { login: normalized }, (tx) =>
    tx.user.findFirst({
      where: { OR: [{ email: { equals: normalized, mode: "insensitive" } }, { phone: normalized }] },
      select: { id: true, name: true, passwordHash: true },
    }),
  );
  const valid = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash));
  if (!user || !valid) return null;

  const memberships = await withScope(db, { userId: user.id }, (tx) =>
    tx.membership.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } }),
  );
  const membership = memberships.find((m) => m.tenantId === tenantId) ?? memberships[0];
  if (!membership) return null;
  return { userId: user.id, name: user.name, tenantId: membership.tenantId, role: membership.role };
}
