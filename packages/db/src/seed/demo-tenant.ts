import { randomUUID } from "node:crypto";
import { addDays, type CalendarDate, gtinCheckDigit } from "@shelfloop/core";
import type { Database } from "../client";
import { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { applyScope, withScope } from "../scope";
import { hashPassword } from "../services/auth/password";
import { DEMO_CATALOGUE } from "./catalogue";
import { seededRandom } from "./random";

export const DEMO_TENANT = { name: "鲜邻便利", slug: "demo", timezone: "Asia/Shanghai" } as const;

/** Demo sign-ins, also listed in the README. */
export const DEMO_USERS: readonly { email: string; name: string; password: string; role: Role }[] = [
  { email: "admin@demo.shelfloop.cn", name: "王店长", password: "Shelfloop-admin-2026", role: "OWNER" },
  { email: "manager@demo.shelfloop.cn", name: "李经理", password: "Shelfloop-manager-2026", role: "MANAGER" },
  { email: "staff@demo.shelfloop.cn", name: "张店员", password: "Shelfloop-staff-2026", role: "STAFF" },
];

const BATCHES_PER_PRODUCT_PER_WAREHOUSE = 5;
// Target mix of remaining-days bands, so the demo shows every state a merchant meets.
const REMAINING_TARGETS = [
  { weight: 10, min: -20, max: -1 },
  { weight: 25, min: 0, max: 30 },
  { weight: 25, min: 31, max: 90 },
  { weight: 40, min: 91, max: 400 },
] as const;

const at = (date: CalendarDate, time: string) => new Date(`${date}T${time}+08:00`);
const dbDate = (date: CalendarDate) => new Date(`${date}T00:00:00Z`);

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
    DEMO_USERS.map(async (user) => ({
      ...user,
      id: randomUUID(),
      passwordHash: await hashPassword(user.password),
    })),
  );
  const warehouses = [
    {
      id: randomUUID(),
      tenantId,
      code: "SH-DC",
      name: "上海中心仓",
      address: "上海市嘉定区嘉松北路 6655 号",
    },
    {
      id: randomUUID(),
      tenantId,
      code: "PD-01",
      name: "浦东世纪大道店",
      address: "上海市浦东新区世纪大道 1000 号",
    },
  ];

  const products = DEMO_CATALOGUE.flatMap((spec, c) =>
    spec.products.map((name, i) => {
      const listPriceFen = Math.round(random.int(spec.listPriceFen[0], spec.listPriceFen[1]) / 10) * 10;
      const gtinBody = `69${String(20000 + c * 100 + i).padStart(5, "0")}${String(random.int(10000, 99999))}`;
      return {
        id: randomUUID(),
        tenantId,
        sku: `SKU-${String(c + 1).padStart(2, "0")}${String(i + 1).padStart(3, "0")}`,
        gtin: `${gtinBody}${gtinCheckDigit(gtinBody)}`,
        name,
        category: spec.category,
        shelfLifeDays: random.int(spec.shelfLifeDays[0], spec.shelfLifeDays[1]),
        unit: spec.unit,
        listPriceFen,
        costFen: Math.round((listPriceFen * random.int(55, 75)) / 100),
      };
    }),
  );

  const batches: Prisma.BatchCreateManyInput[] = [];
  const movements: Prisma.StockMovementCreateManyInput[] = [];
  for (const product of products) {
    for (const warehouse of warehouses) {
      for (let n = 0; n < BATCHES_PER_PRODUCT_PER_WAREHOUSE; n++) {
        const target = pickTarget(random.int(1, 100));
        const highest = product.shelfLifeDays - 1;
        const lowest = Math.max(target.min, -Math.min(20, product.shelfLifeDays));
        const remaining =
          lowest <= Math.min(target.max, highest)
            ? random.int(lowest, Math.min(target.max, highest))
            : random.int(-2, highest);
        const expiryDate = addDays(today, remaining);
        const productionDate = addDays(expiryDate, -product.shelfLifeDays);
        const age = product.shelfLifeDays - remaining;
        const receivedOn = addDays(productionDate, random.int(0, Math.min(3, age)));
        const qtyReceived = random.int(24, 240);
        const soldOut = random.int(1, 100) <= 5;
        const sold = soldOut
          ? qtyReceived
          : Math.min(
              qtyReceived - 1,
              Math.floor(
                (qtyReceived * Math.min(age, product.shelfLifeDays) * random.int(30, 90)) /
                  (product.shelfLifeDays * 100),
              ),
            );
        const batchId = randomUUID();
        const receivedAt = at(receivedOn, "09:30:00");
        batches.push({
          id: batchId,
          tenantId,
          productId: product.id,
          warehouseId: warehouse.id,
          lotCode: `L${productionDate.replaceAll("-", "")}-${n + 1}`,
          productionDate: dbDate(productionDate),
          expiryDate: dbDate(expiryDate),
          receivedAt,
          qtyReceived,
          qtyOnHand: qtyReceived - sold,
          status: soldOut ? "DEPLETED" : "ACTIVE",
        });
        movements.push({
          tenantId,
          batchId,
          type: "RECEIVE",
          quantity: qtyReceived,
          reason: "演示数据：采购入库",
          referenceType: "PURCHASE_ORDER",
          referenceId: `PO-${productionDate.replaceAll("-", "")}`,
          occurredAt: receivedAt,
        });
        if (sold > 0) {
          const soldOn = addDays(receivedOn, Math.max(0, Math.min(age - 1, random.int(1, 10))));
          movements.push({
            tenantId,
            batchId,
            type: "SALE",
            quantity: -sold,
            reason: "演示数据：门店销售汇总",
            referenceType: "POS_DAILY_SUMMARY",
            referenceId: soldOn,
            occurredAt: at(soldOn, "21:00:00"),
          });
        }
      }
    }
  }

  try {
    await withScope(
      db,
      { tenantId },
      async (tx) => {
        await tx.tenant.create({ data: { id: tenantId, ...DEMO_TENANT } });
        for (const user of users) {
          await applyScope(tx, { tenantId, userId: user.id });
          await tx.user.create({
            data: { id: user.id, email: user.email, name: user.name, passwordHash: user.passwordHash },
          });
        }
        await applyScope(tx, { tenantId });
        await tx.membership.createMany({
          data: users.map((user) => ({ tenantId, userId: user.id, role: user.role })),
        });
        await tx.warehouse.createMany({ data: warehouses });
        await tx.product.createMany({ data: products });
        await tx.batch.createMany({ data: batches });
        await tx.stockMovement.createMany({ data: movements });
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
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { created: false };
    throw error;
  }
  return { created: true, tenantId, products: products.length, batches: batches.length };
}

function pickTarget(roll: number) {
  let cumulative = 0;
  for (const target of REMAINING_TARGETS) {
    cumulative += target.weight;
    if (roll <= cumulative) return target;
  }
  return REMAINING_TARGETS[REMAINING_TARGETS.length - 1] as (typeof REMAINING_TARGETS)[number];
}
