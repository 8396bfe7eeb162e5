import { randomUUID } from "node:crypto";
import type { CalendarDate } from "@shelfloop/core";
import type { Database } from "../client";
import { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { applyScope, withScope } from "../scope";
import { hashPassword } from "../services/auth/password";
import { seedDefaultRules } from "../services/promotions/default-rules";
import { demoProducts, demoStock } from "./demo-stock";
import { seededRandom } from "./random";

export const DEMO_TENANT = { name: "鲜邻便利", slug: "demo", timezone: "Asia/Shanghai" } as const;

/** Demo sign-ins, also listed in the README. */
export const DEMO_USERS: readonly { email: string; name: string; password: string; role: Role }[] = [
  { email: "admin@demo.shelfloop.cn", name: "王店长", password: "Shelfloop-admin-2026", role: "OWNER" },
  { email: "manager@demo.shelfloop.cn", name: "李经理", password: "Shelfloop-manager-2026", role: "MANAGER" },
  { email: "staff@demo.shelfloop.cn", name: "张店员", password: "Shelfloop-staff-2026", role: "STAFF" },
];

const DEMO_WAREHOUSES = [
  { code: "SH-DC", name: "上海中心仓", address: "上海市嘉定区嘉松北路 6655 号" },
  { code: "PD-01", name: "浦东世纪大道店", address: "上海市浦东新区世纪大道 1000 号" },
] as const;

export type SeedOutcome =
  | { created: false }
  | { created: true; tenantId: string; products: number; batches: number };

/**
 * Creates the demo convenience chain with dates relative to `today`, through the application role
 * (so the seed itself is subject to row-level security). Does nothing if the demo tenant exists.
 */
export async function seedDemoTenant(db: Database, today: CalendarDate): Promise<SeedOutcome> {
  const random = seededRandom(20261126);
  const tenantId = randomUUID();
  const users = await Promise.all(
    DEMO_USERS.map(async ({ email, name, password, role }) => ({
      id: randomUUID(),
      email,
      name,
      role,
      passwordHash: await hashPassword(password),
    })),
  );
  const warehouses = DEMO_WAREHOUSES.map((warehouse) => ({ id: randomUUID(), tenantId, ...warehouse }));
  const products = demoProducts(tenantId, random);
  const { batches, movements, tierChanges, promotions } = demoStock(
    products,
    warehouses.map((warehouse) => warehouse.id),
    today,
    random,
  );

  try {
    await withScope(
      db,
      { tenantId },
      async (tx) => {
        await tx.tenant.create({ data: { id: tenantId, ...DEMO_TENANT } });
        for (const { role: _role, ...user } of users) {
          // A user row may only be written by that user (see the users policy).
          await applyScope(tx, { tenantId, userId: user.id });
          await tx.user.create({ data: user });
        }
        await applyScope(tx, { tenantId });
        await tx.membership.createMany({
          data: users.map(({ id, role }) => ({ tenantId, userId: id, role })),
        });
        await tx.warehouse.createMany({ data: warehouses });
        await tx.product.createMany({ data: products });
        await tx.batch.createMany({ data: batches });
        // Promotions first: past deals' sales name them.
        await tx.promotion.createMany({ data: promotions });
        await tx.stockMovement.createMany({ data: movements });
        await tx.batchTierChange.createMany({ data: tierChanges });
        await seedDefaultRules(tx, tenantId);
        await tx.auditLog.create({
          data: {
            tenantId,
            action: "tenant.seeded",
            entityType: "Tenant",
            entityId: tenantId,
            after: { products: products.length, batches: batches.length },
          },
        });
      },
      { timeoutMs: 120_000 },
    );
  } catch (error) {
    // The demo tenant (or its users) is already there.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { created: false };
    throw error;
  }
  return { created: true, tenantId, products: products.length, batches: batches.length };
}
