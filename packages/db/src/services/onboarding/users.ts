import type { Tx } from "../../scope";
import { applyScope } from "../../scope";
import { BusinessError } from "../errors";

/**
 * Refuses an email or phone that already has an account. Users are global and RLS shows a user row
 * only to the sign-in naming it, so each login is looked up under its own `app.login`; the caller's
 * scope is restored afterwards.
 */
export async function loginTaken(
  tx: Tx,
  contact: { email?: string | undefined; phone?: string | undefined },
  restore: { tenantId?: string | null; userId?: string | null } = {},
) {
  for (const [field, login] of [
    ["email", contact.email],
    ["phone", contact.phone],
  ] as const) {
    if (!login) continue;
    await applyScope(tx, { login });
    const existing = await tx.user.findFirst({
      where: field === "email" ? { email: { equals: login, mode: "insensitive" } } : { phone: login },
      select: { id: true },
    });
    if (existing) {
      throw new BusinessError(
        "CONFLICT",
        field === "email" ? "该邮箱已注册，请直接登录" : "该手机号已注册，请直接登录",
        field,
      );
    }
  }
  await applyScope(tx, restore);
}
