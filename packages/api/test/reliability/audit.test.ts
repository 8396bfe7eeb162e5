import { randomUUID } from "node:crypto";
import { addDays, DEFAULT_RULES, todayIn } from "@shelfloop/core";
import {
  activatePromotionById,
  createDatabase,
  type Database,
  endPromotionById,
  seedDefaultRules,
  type Tx,
  withTenant,
} from "@shelfloop/db";
import {
  createMemberFixture,
  createPromotionFixture,
  createTenantFixture,
  type TenantFixture,
} from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext } from "../../src";

// Every change to prices, rules, approvals and stock losses leaves an audit row: who (the caller, or
// null for a step the system took), what (action, entity) and the values before and after.

const createCaller = createCallerFactory(appRouter);
const DAY_MS = 86_400_000;
const TODAY = todayIn("Asia/Shanghai");
let db: Database;
let owner: TenantFixture;
const members = { ADMIN: "", MANAGER: "", STAFF: "" };

const as = (userId: string) =>
  createCaller(createTRPCContext({ db, session: { userId, tenantId: owner.tenantId } }));
const inTenant = <T>(work: (tx: Tx) => Promise<T>) => withTenant(db, { tenantId: owner.tenantId }, work);

/** The audit rows of one entity and action, oldest first. */
const audits = (entityId: string, action: string) =>
  inTenant((tx) => tx.auditLog.findMany({ where: { entityId, action }, orderBy: { createdAt: "asc" } }));

async function onlyAudit(entityId: string, action: string) {
  const rows = await audits(entityId, action);
  expect(rows, `${action} of ${entityId}`).toHaveLength(1);
  return rows[0] as NonNullable<(typeof rows)[number]>;
}

async function batch(expiresIn: number, qty: number, productId = owner.productId) {
  const row = await inTenant((tx) =>
    tx.batch.create({
      data: {
        tenantId: owner.tenantId,
        productId,
        warehouseId: owner.warehouseId,
        lotCode: `L-${randomUUID().slice(0, 8)}`,
        productionDate: new Date(`${addDays(TODAY, expiresIn - 14)}T00:00:00Z`),
        expiryDate: new Date(`${addDays(TODAY, expiresIn)}T00:00:00Z`),
        qtyReceived: qty,
        qtyOnHand: qty,
      },
    }),
  );
  return row.id;
}

/** A promotion waiting for approval on a batch of its own, from `startsAt` for 3 days. */
async function pendingPromotion(startsAt = new Date()) {
  const batchId = await batch(20, 40);
  const id = await createPromotionFixture(
    db,
    { tenantId: owner.tenantId, batchId },
    { terms: { type: "PERCENT_OFF", params: { percentOff: 30 } }, now: startsAt },
  );
  return id;
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  owner = await createTenantFixture(db, "audit", "OWNER");
  for (const role of ["ADMIN", "MANAGER", "STAFF"] as const)
    members[role] = (await createMemberFixture(db, owner.tenantId, role)).userId;
  await inTenant((tx) => seedDefaultRules(tx, owner.tenantId));
});
afterAll(() => db.$disconnect());

describe("prices", () => {
  it("a product's price edit records the manager and the old and new price", async () => {
    const created = await as(members.STAFF).product.create({
      sku: "A-PRICE",
      gtin: null,
      name: "审计牛奶",
      category: "审计",
      shelfLifeDays: 14,
      unit: "盒",
      costFen: 1000,
      listPriceFen: 1590,
      active: true,
    });
    expect(await onlyAudit(created.id, "product.created")).toMatchObject({
      actorId: members.STAFF,
      entityType: "Product",
      before: null,
      after: { sku: "A-PRICE", listPriceFen: 1590, costFen: 1000 },
    });

    const { id: _id, ...values } = created;
    await as(members.MANAGER).product.update({ ...values, id: created.id, listPriceFen: 1290, costFen: 900 });
    expect(await onlyAudit(created.id, "product.updated")).toMatchObject({
      actorId: members.MANAGER,
      before: { listPriceFen: 1590, costFen: 1000 },
      after: { listPriceFen: 1290, costFen: 900 },
    });
  });

  it("a catalogue import records each created and re-priced product", async () => {
    const header = ["SKU", "条码", "名称", "品类", "保质期(天)", "单位", "成本价(元)", "零售价(元)", "状态"];
    const row = (price: string) => ["A-IMPORT", "", "审计面包", "审计", "7", "个", "3", price, "启用"];
    const caller = as(members.MANAGER);
    expect(await caller.product.importChunk({ header, rows: [{ row: 2, cells: row("5") }] })).toMatchObject({
      created: 1,
    });
    expect(await caller.product.importChunk({ header, rows: [{ row: 2, cells: row("4.5") }] })).toMatchObject(
      {
        updated: 1,
      },
    );
    const [product] = (await caller.product.list({ search: "A-IMPORT" })).items;
    if (!product) throw new Error("the imported product is missing");
    const [created, repriced] = await audits(product.id, "product.imported");
    expect(created).toMatchObject({ actorId: members.MANAGER, before: null, after: { listPriceFen: 500 } });
    expect(repriced).toMatchObject({
      actorId: members.MANAGER,
      before: { listPriceFen: 500 },
      after: { listPriceFen: 450 },
    });
  });
});

describe("promotion rules and tier policies", () => {
  it("saving, switching off and deleting a rule record the admin and the rule before and after", async () => {
    const [spec] = DEFAULT_RULES;
    if (!spec) throw new Error("no default rule");
    const admin = as(members.ADMIN);
    const created = await admin.promotionRule.save({
      name: "审计规则",
      condition: spec.condition,
      template: spec.template,
    });
    expect(await onlyAudit(created.id, "promotion_rule.created")).toMatchObject({
      actorId: members.ADMIN,
      entityType: "PromotionRule",
      before: null,
      after: { name: "审计规则", version: 1, template: { durationDays: spec.template.durationDays } },
    });

    const longer = { ...spec.template, durationDays: spec.template.durationDays + 1 };
    await admin.promotionRule.save({
      id: created.id,
      name: "审计规则二",
      condition: spec.condition,
      template: longer,
    });
    expect(await onlyAudit(created.id, "promotion_rule.updated")).toMatchObject({
      actorId: members.ADMIN,
      before: { name: "审计规则", version: 1, template: { durationDays: spec.template.durationDays } },
      after: { name: "审计规则二", version: 2, template: { durationDays: longer.durationDays } },
    });

    await admin.promotionRule.setEnabled({ id: created.id, enabled: false });
    expect(await onlyAudit(created.id, "promotion_rule.disabled")).toMatchObject({
      actorId: members.ADMIN,
      before: { enabled: true },
      after: { enabled: false },
    });

    await admin.promotionRule.delete({ id: created.id });
    expect(await onlyAudit(created.id, "promotion_rule.deleted")).toMatchObject({
      actorId: members.ADMIN,
      before: { name: "审计规则二", enabled: false },
      after: null,
    });
  });

  it("saving and deleting a tier policy record the admin and the tiers before and after", async () => {
    const tiers = (days: number) => [
      { key: "NORMAL", name: "正常", color: "emerald", entry: null },
      { key: "URGENT", name: "紧急", color: "red", entry: { kind: "DAYS", days } },
    ];
    const admin = as(members.ADMIN);
    const target = { scope: "CATEGORY" as const, category: "审计" };
    await admin.tiering.savePolicy({ target, policy: { tiers: tiers(30) } });
    await admin.tiering.savePolicy({ target, policy: { tiers: tiers(45) } });
    await admin.tiering.deletePolicy(target);

    const rows = await inTenant((tx) =>
      tx.auditLog.findMany({ where: { entityType: { startsWith: "Tier" } }, orderBy: { createdAt: "asc" } }),
    );
    // Whatever the entity is keyed by, the three changes are there in order.
    expect(rows.map((row) => [row.action, row.actorId])).toEqual([
      ["tier_policy.created", members.ADMIN],
      ["tier_policy.updated", members.ADMIN],
      ["tier_policy.deleted", members.ADMIN],
    ]);
    const policy = (days: number) => ({ scope: "CATEGORY", target: "审计", tiers: { tiers: tiers(days) } });
    expect(rows[0]).toMatchObject({ before: null, after: policy(30) });
    expect(rows[1]).toMatchObject({ before: policy(30), after: policy(45) });
    expect(rows[2]).toMatchObject({ before: policy(45), after: null });
  });
});

describe("promotions", () => {
  it("one made by matching (re-tier now) is audited as a system step with what it reserved", async () => {
    const bread = await inTenant((tx) =>
      tx.product.create({
        data: {
          tenantId: owner.tenantId,
          sku: "A-BREAD",
          name: "审计吐司",
          category: "烘焙",
          shelfLifeDays: 5,
          listPriceFen: 1000,
          costFen: 600,
        },
      }),
    );
    // A plain 20 % off for the red tier only (the default ones need a best seller or the yellow tier).
    const admin = as(members.ADMIN);
    for (const rule of await admin.promotionRule.list())
      await admin.promotionRule.setEnabled({ id: rule.id, enabled: false });
    const [spec] = DEFAULT_RULES;
    if (!spec) throw new Error("no default rule");
    await admin.promotionRule.save({
      name: "审计红色八折",
      condition: { ...spec.condition, tiers: ["RED"] },
      template: {
        ...spec.template,
        terms: { type: "PERCENT_OFF", params: { percentOff: 20 } },
        coupon: null,
      },
    });
    const batchId = await batch(1, 20, bread.id);
    expect(await as(members.MANAGER).tiering.retierNow()).toMatchObject({ mode: "inline" });
    const promotion = await inTenant((tx) => tx.promotion.findFirstOrThrow({ where: { batchId } }));
    expect(await onlyAudit(promotion.id, "promotion.created")).toMatchObject({
      actorId: null,
      entityType: "Promotion",
      after: { status: "PENDING_APPROVAL", reservedQty: promotion.reservedQty, tier: promotion.tier },
    });
  });

  it("approving, rejecting and cancelling record the manager, the status change and the comment", async () => {
    const manager = as(members.MANAGER);
    const approvedId = await pendingPromotion();
    await manager.promotion.approve({ id: approvedId, comment: "同意" });
    expect(await onlyAudit(approvedId, "promotion.approved")).toMatchObject({
      actorId: members.MANAGER,
      before: { status: "PENDING_APPROVAL", decidedById: null },
      after: { status: "ACTIVE", decidedById: members.MANAGER, decisionComment: "同意" },
    });

    await manager.promotion.cancel({ id: approvedId, comment: "临时撤下" });
    expect(await onlyAudit(approvedId, "promotion.cancelled")).toMatchObject({
      actorId: members.MANAGER,
      before: { status: "ACTIVE", endedReason: null },
      after: { status: "CANCELLED", endedReason: "已取消：临时撤下" },
    });

    const rejectedId = await pendingPromotion();
    await manager.promotion.reject({ id: rejectedId, comment: "折扣太大" });
    expect(await onlyAudit(rejectedId, "promotion.rejected")).toMatchObject({
      actorId: members.MANAGER,
      before: { status: "PENDING_APPROVAL", reservedQty: 10 },
      after: { status: "REJECTED", decisionComment: "折扣太大" },
    });
  });

  it("its start and end, steps of the schedule, are audited as the system's", async () => {
    const startsAt = new Date(Date.now() + DAY_MS);
    const id = await pendingPromotion(startsAt);
    await as(members.MANAGER).promotion.approve({ id });
    expect(await onlyAudit(id, "promotion.approved")).toMatchObject({
      actorId: members.MANAGER,
      after: { status: "SCHEDULED" },
    });

    expect(await activatePromotionById(db, owner.tenantId, id, new Date(startsAt.getTime() + 1000))).toBe(
      "ACTIVE",
    );
    expect(await onlyAudit(id, "promotion.activated")).toMatchObject({
      actorId: null,
      before: { status: "SCHEDULED" },
      after: { status: "ACTIVE" },
    });

    expect(await endPromotionById(db, owner.tenantId, id, new Date(startsAt.getTime() + 4 * DAY_MS))).toBe(
      "ENDED",
    );
    expect(await onlyAudit(id, "promotion.ended")).toMatchObject({
      actorId: null,
      before: { status: "ACTIVE", reservedQty: 10 },
      after: { status: "ENDED", endedReason: "促销期结束" },
    });
  });
});

describe("stock losses and corrections", () => {
  it("a write-off records the manager, the quantity before and after and the reason", async () => {
    const batchId = await batch(10, 30);
    await as(members.MANAGER).stock.writeOff({ batchId, quantity: 4, category: "DAMAGED", note: "压坏" });
    expect(await onlyAudit(batchId, "stock.written_off")).toMatchObject({
      actorId: members.MANAGER,
      entityType: "Batch",
      before: { qtyOnHand: 30, status: "ACTIVE" },
      after: { qtyOnHand: 26, status: "ACTIVE", delta: -4, reason: "DAMAGED: 压坏" },
    });
  });

  it("an adjustment records the staff member, the quantity before and after and the note", async () => {
    const batchId = await batch(10, 30);
    await as(members.STAFF).stock.adjust({ batchId, delta: 2, note: "盘点多出" });
    expect(await onlyAudit(batchId, "stock.adjusted")).toMatchObject({
      actorId: members.STAFF,
      before: { qtyOnHand: 30 },
      after: { qtyOnHand: 32, delta: 2, reason: "盘点多出" },
    });
  });
});
