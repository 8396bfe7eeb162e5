import { randomUUID } from "node:crypto";
import { addDays, todayIn } from "@shelfloop/core";
import type { Database } from "../client";
import type { Role } from "../generated/prisma/enums";
import { applyScope, withScope } from "../scope";
import { hashPassword } from "../services/auth/password";

export interface TenantFixture {
  tenantId: string;
  userId: string;
  email: string;
  password: string;
  warehouseId: string;
  productId: string;
  batchId: string;
  /** The batch expires 8 days from today (Asia/Shanghai) and has a 14-day shelf life. */
  expiryDate: string;
}

/** A small tenant (one member, warehouse, product and batch) created the way the app creates rows. */
export async function createTenantFixture(
  db: Database,
  label: string,
  role: Role = "MANAGER",
): Promise<TenantFixture> {
  const suffix = randomUUID().slice(0, 8);
  const tenantId = randomUUID();
  const userId = randomUUID();
  const email = `${label}-${suffix}@test.shelfloop.cn`;
  const password = `pw-${suffix}`;
  const passwordHash = await hashPassword(password);
  const expiryDate = addDays(todayIn("Asia/Shanghai"), 8);
  return withScope(db, { tenantId }, async (tx) => {
    await tx.tenant.create({ data: { id: tenantId, name: `${label} 商户`, slug: `${label}-${suffix}` } });
    await applyScope(tx, { tenantId, userId });
    await tx.user.create({ data: { id: userId, email, name: `${label} 用户`, passwordHash } });
    await applyScope(tx, { tenantId });
    await tx.membership.create({ data: { tenantId, userId, role } });
    const warehouse = await tx.warehouse.create({ data: { tenantId, code: "WH-1", name: `${label} 仓库` } });
    const product = await tx.product.create({
      data: {
        tenantId,
        sku: `SKU-${label}`,
        name: `${label} 牛奶`,
        category: "乳制品",
        shelfLifeDays: 14,
        costFen: 500,
        listPriceFen: 800,
      },
    });
    const batch = await tx.batch.create({
      data: {
        tenantId,
        productId: product.id,
        warehouseId: warehouse.id,
        lotCode: `LOT-${label}`,
        productionDate: new Date(`${addDays(expiryDate, -14)}T00:00:00Z`),
        expiryDate: new Date(`${expiryDate}T00:00:00Z`),
        qtyReceived: 50,
        qtyOnHand: 50,
      },
    });
    return {
      tenantId,
      userId,
      email,
      password,
      warehouseId: warehouse.id,
      productId: product.id,
      batchId: batch.id,
      expiryDate,
    };
  });
}

/** Adds a member with `role` to a fixture tenant, working in `warehouseIds` (empty: all). */
export async function createMemberFixture(
  db: Database,
  tenantId: string,
  role: Role,
  warehouseIds: string[] = [],
): Promise<{ userId: string; email: string }> {
  const userId = randomUUID();
  const email = `member-${userId.slice(0, 8)}@test.shelfloop.cn`;
  const passwordHash = await hashPassword(`pw-${userId}`);
  await withScope(db, { tenantId, userId }, async (tx) => {
    await tx.user.create({ data: { id: userId, email, name: `成员 ${role}`, passwordHash } });
    await applyScope(tx, { tenantId });
    await tx.membership.create({ data: { tenantId, userId, role, warehouseIds } });
  });
  return { userId, email };
}
