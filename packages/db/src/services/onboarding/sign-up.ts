import { randomBytes, randomUUID } from "node:crypto";
import type { Database } from "../../client";
import { Prisma } from "../../generated/prisma/client";
import { applyScope, withScope } from "../../scope";
import { hashPassword } from "../auth/password";
import { BusinessError } from "../errors";
import { seedDefaultRules } from "../promotions/default-rules";
import { loginTaken } from "./users";

export interface SignUpInput {
  tenantName: string;
  /** Short web name for the storefront; generated when omitted. */
  slug?: string | undefined;
  timezone: string;
  ownerName: string;
  email?: string | undefined;
  phone?: string | undefined;
  password: string;
}

/**
 * Creates a tenant with its owner: one transaction, so a taken email or slug leaves nothing behind.
 * The new user is the tenant's only member, with role OWNER; the tenant starts with the default
 * promotion rules.
 */
export async function signUp(
  db: Database,
  input: SignUpInput,
): Promise<{ tenantId: string; userId: string }> {
  const tenantId = randomUUID();
  const userId = randomUUID();
  const passwordHash = await hashPassword(input.password);
  const slug = input.slug ?? `shop-${randomBytes(4).toString("hex")}`;
  try {
    await withScope(db, { tenantId, userId }, async (tx) => {
      await loginTaken(tx, input, { tenantId, userId });
      await tx.tenant.create({
        data: { id: tenantId, name: input.tenantName, slug, timezone: input.timezone },
      });
      await tx.user.create({
        data: {
          id: userId,
          name: input.ownerName,
          email: input.email ?? null,
          phone: input.phone ?? null,
          passwordHash,
        },
      });
      await applyScope(tx, { tenantId });
      await tx.membership.create({ data: { tenantId, userId, role: "OWNER" } });
      await seedDefaultRules(tx, tenantId);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = JSON.stringify(error.meta ?? {});
      if (target.includes("slug"))
        throw new BusinessError("CONFLICT", "该店铺标识已被使用，请换一个", "slug");
      throw new BusinessError(
        "CONFLICT",
        "该邮箱或手机号已注册，请直接登录",
        input.email ? "email" : "phone",
      );
    }
    throw error;
  }
  return { tenantId, userId };
}
