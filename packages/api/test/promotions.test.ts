import { randomUUID } from "node:crypto";
import { addDays, DEFAULT_RULES, type RuleSpec, todayIn } from "@shelfloop/core";
import {
  createDatabase,
  type Database,
  moveStockOut,
  seedDefaultRules,
  type Tx,
  withTenant,
} from "@shelfloop/db";
import { createMemberFixture, createTenantFixture, type TenantFixture } from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext } from "../src";

const createCaller = createCallerFactory(appRouter);
const TODAY = todayIn("Asia/Shanghai");
let db: Database;
let owner: TenantFixture;
const members: Record<"ADMIN" | "MANAGER" | "STAFF" | "VIEWER", string> = {
  ADMIN: "",
  MANAGER: "",
  STAFF: "",
  VIEWER: "",
};
const batches = { yellow: "", redA: "", redB: "", spare: "", bread: "" };

const as = (role: keyof typeof members) =>
  createCaller(createTRPCContext({ db, session: { userId: members[role], tenantId: owner.tenantId } }));
const inTenant = <T>(work: (tx: Tx) => Promise<T>) => withTenant(db, { tenantId: owner.tenantId }, work);

function defaultRule(tier: string): RuleSpec {
  const rule = DEFAULT_RULES.find((candidate) => candidate.condition.tiers.includes(tier));
  if (!rule) throw new Error(`no default rule for ${tier}`);
  return rule;
}
const RED_RULE = defaultRule("RED");
const YELLOW_RULE = defaultRule("YELLOW");

async function product(name: string, category: string, listPriceFen: number, costFen: number) {
  const row = await inTenant((tx) =>
    tx.product.create({
      data: {
        tenantId: owner.tenantId,
        sku: `SKU-${randomUUID().slice(0, 8)}`,
        name,
        category,
        shelfLifeDays: 14,
        listPriceFen,
        costFen,
      },
    }),
  );
  return row.id;
}

/** A batch in the normal tier unless `tier` is given (stored as re-tiering would have left it). */
async function batch(productId: string, expiresIn: number, qty: number, tier = "NORMAL") {
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
        tier,
      },
    }),
  );
  return row.id;
}

const promotionOf = (batchId: string) =>
  inTenant((tx) => tx.promotion.findFirstOrThrow({ where: { batchId }, orderBy: { createdAt: "desc" } }));

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  owner = await createTenantFixture(db, "promo-api", "OWNER");
  for (const role of ["ADMIN", "MANAGER", "STAFF", "VIEWER"] as const)
    members[role] = (await createMemberFixture(db, owner.tenantId, role)).userId;
  await inTenant((tx) => seedDefaultRules(tx, owner.tenantId));

  // The dairy best-seller: 10 yoghurts sold today.
  const yoghurt = await product("酸奶", "乳制品", 600, 300);
  await batch(yoghurt, 12, 30);
  await inTenant((tx) =>
    moveStockOut(tx, {
      type: "SALE",
      productId: yoghurt,
      warehouseId: owner.warehouseId,
      quantity: 10,
      actorId: null,
      now: new Date(),
    }),
  );
  batches.yellow = await batch(owner.productId, 3, 40);
  batches.redA = await batch(owner.productId, 1, 20);
  batches.redB = await batch(owner.productId, 1, 10);
  // Already in their tiers: "re-tier now" leaves them alone, so only the preview sees them.
  batches.spare = await batch(owner.productId, 4, 30, "YELLOW");
  batches.bread = await batch(await product("面包", "烘焙", 1000, 600), 1, 8, "RED");
});
afterAll(() => db.$disconnect());

describe("re-tier now without Inngest", () => {
  it("makes the promotions in-process once the tiering has committed", async () => {
    expect(process.env.INNGEST_EVENT_KEY ?? process.env.INNGEST_DEV).toBeUndefined();
    expect(await as("MANAGER").tiering.retierNow()).toEqual({ mode: "inline", changes: 3 });

    const page = await as("VIEWER").promotion.list({ page: 1, pageSize: 10 });
    expect(page.total).toBe(3);
    expect(page.counts).toEqual({
      PENDING_APPROVAL: 2,
      SCHEDULED: 0,
      ACTIVE: 1,
      ENDED: 0,
      REJECTED: 0,
      SUPERSEDED: 0,
      CANCELLED: 0,
    });
    expect(await as("VIEWER").promotion.pendingCount()).toBe(2);
    const pending = await as("VIEWER").promotion.list({ status: "PENDING_APPROVAL", page: 1, pageSize: 1 });
    expect(pending).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(pending.items[0]).toMatchObject({
      status: "PENDING_APPROVAL",
      tier: "RED",
      tierName: "紧急",
      productName: "promo-api 牛奶",
      sku: "SKU-promo-api",
      warehouseName: "promo-api 仓库",
      terms: { type: "BUNDLE", params: { bundlePriceFen: 980 } },
      partnerName: "酸奶",
      soldQty: 0,
      ruleName: RED_RULE.name,
      ruleVersion: 1,
    });
  });
});

describe("promotion orders", () => {
  it("show their detail to any member: margin, batch, coupons, decision and audit", async () => {
    const active = await promotionOf(batches.yellow);
    const detail = await as("VIEWER").promotion.get({ id: active.id });

    expect(detail).toMatchObject({
      status: "ACTIVE",
      tierName: "关注",
      partnerName: null,
      reservedQty: 20,
      channels: ["MINIAPP", "MALL", "POS"],
      stacksWithCoupon: true,
      marginFloorPercent: 100,
      allowBelowCost: false,
      margin: { dealQuantity: 2, listFen: 1600, chargedFen: 1200, costFen: 1000, action: "APPLY" },
      batch: {
        id: batches.yellow,
        expiryDate: addDays(TODAY, 3),
        remainingDays: 3,
        qtyOnHand: 40,
        qtyReserved: 20,
      },
      coupons: {
        total: 50,
        claimed: 0,
        redeemed: 0,
        terms: { type: "AMOUNT_OFF", params: { amountFen: 500 } },
        minSpendFen: 2000,
        validFrom: TODAY,
        validTo: addDays(TODAY, 14),
      },
      decision: { byName: null, comment: expect.stringContaining("自动审批") },
    });
    expect(detail.coupons.sample).toHaveLength(5);
    expect(detail.audit.map((entry) => [entry.action, entry.actorName])).toEqual([
      ["promotion.created", null],
      ["promotion.auto_approved", null],
    ]);
    await expect(as("VIEWER").promotion.get({ id: randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "该促销单不存在",
    });
  });

  it("are approved by managers, not staff", async () => {
    const pending = await promotionOf(batches.redA);
    await expect(as("STAFF").promotion.approve({ id: pending.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    const row = await as("MANAGER").promotion.approve({ id: pending.id, comment: "清仓" });

    expect(row).toMatchObject({ id: pending.id, status: "ACTIVE", reservedQty: 20 });
    const detail = await as("VIEWER").promotion.get({ id: pending.id });
    expect(detail.decision).toMatchObject({ byName: "成员 MANAGER", comment: "清仓" });
    expect(detail.audit.at(-1)).toMatchObject({
      action: "promotion.approved",
      actorName: "成员 MANAGER",
      before: { status: "PENDING_APPROVAL" },
      after: { status: "ACTIVE" },
    });
    await expect(as("MANAGER").promotion.approve({ id: pending.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "该促销单已处理（当前状态：进行中）",
    });
    expect(await as("VIEWER").promotion.pendingCount()).toBe(1);
  });

  it("are rejected with a reason, which releases the stock", async () => {
    const pending = await promotionOf(batches.redB);
    await expect(as("MANAGER").promotion.reject({ id: pending.id, comment: " " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    const row = await as("MANAGER").promotion.reject({ id: pending.id, comment: "搭配不合适" });

    expect(row.status).toBe("REJECTED");
    const detail = await as("VIEWER").promotion.get({ id: pending.id });
    expect(detail.batch).toMatchObject({ qtyOnHand: 10, qtyReserved: 0 });
  });

  it("are cancelled by managers while active", async () => {
    const active = await promotionOf(batches.yellow);
    const row = await as("MANAGER").promotion.cancel({ id: active.id, comment: "门店撤柜" });
    expect(row.status).toBe("CANCELLED");
    const page = await as("VIEWER").promotion.list({ page: 1, pageSize: 10 });
    expect(page.counts).toMatchObject({ PENDING_APPROVAL: 0, ACTIVE: 1, REJECTED: 1, CANCELLED: 1 });
  });
});

describe("the rule library", () => {
  it("is listed to any member in priority order, with open promotions counted", async () => {
    const rules = await as("VIEWER").promotionRule.list();
    expect(rules.map((rule) => [rule.name, rule.priority, rule.version, rule.openPromotions])).toEqual([
      [RED_RULE.name, 10, 1, 1],
      [YELLOW_RULE.name, 20, 1, 0],
    ]);
    expect(rules[1]?.template).toEqual(YELLOW_RULE.template);
  });

  it("previews a rule for managers: the batches without an open promotion, with numbers", async () => {
    await expect(as("STAFF").promotionRule.preview(YELLOW_RULE)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const yellow = await as("MANAGER").promotionRule.preview({
      condition: YELLOW_RULE.condition,
      template: YELLOW_RULE.template,
    });
    // The cancelled promotion's batch is free again; the spare one was never promoted.
    expect(yellow.total).toBe(2);
    expect(yellow.items.map((item) => item.batchId)).toEqual([batches.yellow, batches.spare]);
    expect(yellow.items[1]).toMatchObject({
      productName: "promo-api 牛奶",
      tier: "YELLOW",
      tierName: "关注",
      remainingDays: 4,
      qtyAvailable: 30,
      reserveQty: 15,
      listPriceFen: 800,
      costFen: 500,
      margin: { dealQuantity: 2, listFen: 1600, priceFen: 1200, chargedFen: 1200, marginFen: 200 },
      problem: null,
    });

    const red = await as("MANAGER").promotionRule.preview({
      condition: RED_RULE.condition,
      template: RED_RULE.template,
    });
    // Both expire tomorrow, so their order is by id; the rejected batch pairs with the yoghurt.
    const byBatch = new Map(red.items.map((item) => [item.batchId, item]));
    expect(red.total).toBe(2);
    expect(byBatch.get(batches.redB)).toMatchObject({
      reserveQty: 10,
      margin: { listFen: 1400, priceFen: 980 },
      problem: null,
    });
    expect(byBatch.get(batches.bread)).toMatchObject({
      margin: null,
      problem: "该品类近 30 天没有其他商品的销量，无法组成清仓捆绑",
    });
  });

  it("is changed by admins only; problems name their field", async () => {
    const spec = { ...YELLOW_RULE, name: "周末 8 折" };
    const percentOff = { type: "PERCENT_OFF" as const, params: { percentOff: 20 } };
    await expect(
      as("MANAGER").promotionRule.save({ ...spec, template: { ...spec.template, terms: percentOff } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const invalid = { ...spec.template, terms: { ...percentOff, params: { percentOff: 0 } } };
    await expect(as("ADMIN").promotionRule.save({ ...spec, template: invalid })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { field: "template.terms.params.percentOff" },
    });
    await expect(
      as("ADMIN").promotionRule.save({ ...spec, condition: { ...spec.condition, tiers: ["PURPLE"] } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { field: "condition.tiers" } });
    await expect(as("ADMIN").promotionRule.save({ ...spec, name: YELLOW_RULE.name })).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { field: "name" },
    });

    const created = await as("ADMIN").promotionRule.save({
      ...spec,
      template: { ...spec.template, terms: percentOff },
    });
    expect(created).toMatchObject({ name: "周末 8 折", priority: 30, version: 1, openPromotions: 0 });
    const updated = await as("ADMIN").promotionRule.save({
      id: created.id,
      ...spec,
      template: { ...spec.template, terms: percentOff, durationDays: 2 },
    });
    expect(updated).toMatchObject({ id: created.id, version: 2, template: { durationDays: 2 } });
    const audit = await inTenant((tx) =>
      tx.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "promotion_rule.updated" } }),
    );
    expect(audit).toMatchObject({
      actorId: members.ADMIN,
      before: { version: 1, template: { durationDays: 14 } },
      after: { version: 2, template: { durationDays: 2 } },
    });

    const reordered = await as("ADMIN").promotionRule.reorder({
      ids: [created.id, ...(await as("ADMIN").promotionRule.list()).slice(0, 2).map((rule) => rule.id)],
    });
    expect(reordered.map((rule) => [rule.name, rule.priority])).toEqual([
      ["周末 8 折", 10],
      [RED_RULE.name, 20],
      [YELLOW_RULE.name, 30],
    ]);
    expect(await as("ADMIN").promotionRule.setEnabled({ id: created.id, enabled: false })).toMatchObject({
      enabled: false,
      version: 2,
    });

    const red = reordered[1];
    await expect(as("ADMIN").promotionRule.delete({ id: red?.id ?? "" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "该规则已生成促销单，只能停用",
    });
    expect(await as("ADMIN").promotionRule.delete({ id: created.id })).toEqual({ id: created.id });
    expect(await as("VIEWER").promotionRule.list()).toHaveLength(2);
  });
});

describe("receiving without Inngest", () => {
  it("promotes a lot that arrives in an alerting tier once the receipt has committed", async () => {
    const received = await as("STAFF").stock.receive({
      warehouseId: owner.warehouseId,
      productId: owner.productId,
      lotCode: "L-ARRIVES-YELLOW",
      expiryDate: addDays(TODAY, 3),
      quantity: 12,
    });

    expect(received.tier.key).toBe("YELLOW");
    const promotion = await promotionOf(received.batchId);
    expect(promotion).toMatchObject({ status: "ACTIVE", tier: "YELLOW", reservedQty: 6 });
  });
});
