import { randomUUID } from "node:crypto";
import { addDays, todayIn } from "@shelfloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activatePromotionById,
  approvePromotion,
  cancelPromotion,
  type Database,
  endPromotionById,
  endPromotions,
  matchBatches,
  moveStockOut,
  rejectPromotion,
  retierTenantById,
  seedDefaultRules,
  type Tx,
  withTenant,
} from "../src";
import { createTenantFixture } from "../src/testing";
import { appDatabase } from "./env";

// On PostgreSQL the pool has several connections and the races below truly overlap; the embedded
// PGlite serves one session (DATABASE_POOL_MAX=1) and runs the same tests with transactions queued.
const OVERLAPPING = Number(process.env.DATABASE_POOL_MAX ?? 4) >= 2;
const DAY = 86_400_000;
const NOW = new Date();
const TODAY = todayIn("Asia/Shanghai", NOW);
const later = (days: number) => new Date(NOW.getTime() + days * DAY);

let db: Database;
beforeAll(() => {
  db = appDatabase();
});
afterAll(() => db.$disconnect());

/**
 * A tenant with the default rules and a dairy best-seller (10 units sold today), to which batches of
 * milk are added in the normal tier; re-tiering then moves them like the hourly job would.
 */
async function shop() {
  const fixture = await createTenantFixture(db, "promo");
  const inTenant = <T>(work: (tx: Tx) => Promise<T>) => withTenant(db, { tenantId: fixture.tenantId }, work);
  const product = (name: string, category: string, listPriceFen = 800, costFen = 500) =>
    inTenant((tx) =>
      tx.product.create({
        data: {
          tenantId: fixture.tenantId,
          sku: `SKU-${randomUUID().slice(0, 8)}`,
          name,
          category,
          shelfLifeDays: 14,
          listPriceFen,
          costFen,
        },
      }),
    );
  const batch = (productId: string, expiresIn: number, qty: number) =>
    inTenant((tx) =>
      tx.batch.create({
        data: {
          tenantId: fixture.tenantId,
          productId,
          warehouseId: fixture.warehouseId,
          lotCode: `L-${randomUUID().slice(0, 8)}`,
          productionDate: new Date(`${addDays(TODAY, expiresIn - 14)}T00:00:00Z`),
          expiryDate: new Date(`${addDays(TODAY, expiresIn)}T00:00:00Z`),
          qtyReceived: qty,
          qtyOnHand: qty,
        },
      }),
    );
  const sell = (productId: string, quantity: number) =>
    inTenant((tx) =>
      moveStockOut(tx, {
        type: "SALE",
        productId,
        warehouseId: fixture.warehouseId,
        quantity,
        actorId: null,
        now: NOW,
      }),
    );

  await inTenant((tx) => seedDefaultRules(tx, fixture.tenantId));
  const yoghurt = await product("伙伴 酸奶", "乳制品", 600, 300);
  await batch(yoghurt.id, 12, 30);
  await sell(yoghurt.id, 10);
  const milk = await product("临期 牛奶", "乳制品");

  /** Re-tiers the tenant at `at` and matches the batches that changed tier. */
  const retierAndMatch = async (at: Date) => {
    const changes = await retierTenantById(db, fixture.tenantId, at);
    return {
      changes,
      outcome: await matchBatches(
        db,
        fixture.tenantId,
        changes.map((c) => c.batchId),
        at,
      ),
    };
  };
  const state = (batchId: string) =>
    inTenant(async (tx) => ({
      batch: await tx.batch.findUniqueOrThrow({ where: { id: batchId } }),
      promotions: await tx.promotion.findMany({
        where: { batchId },
        include: { coupons: true },
        orderBy: { createdAt: "asc" },
      }),
    }));
  const audit = (promotionId: string) =>
    inTenant((tx) =>
      tx.auditLog.findMany({ where: { entityId: promotionId }, orderBy: { createdAt: "asc" } }),
    );
  return { fixture, inTenant, product, batch, sell, yoghurt, milk, retierAndMatch, state, audit };
}

type Shop = Awaited<ReturnType<typeof shop>>;

/** A milk batch 3 days from expiry (关注 under the default policy for a 14-day shelf life). */
async function yellowBatch(s: Shop, qty = 40) {
  const batch = await s.batch(s.milk.id, 3, qty);
  const { outcome } = await s.retierAndMatch(NOW);
  return { batchId: batch.id, outcome };
}

/** A milk batch 1 day from expiry (紧急): the clearance bundle with the yoghurt, waiting for a manager. */
async function redPromotion(s: Shop) {
  const batch = await s.batch(s.milk.id, 1, 20);
  await s.retierAndMatch(NOW);
  const { promotions } = await s.state(batch.id);
  const [promotion] = promotions;
  if (!promotion) throw new Error("no promotion for the red batch");
  return { batchId: batch.id, promotion };
}

const manager = (s: Shop) => ({ tenantId: s.fixture.tenantId, userId: s.fixture.userId });

describe("matching a batch that changed tier", () => {
  it("creates exactly one promotion with reserved stock, coupons and the tag, auto-approved", async () => {
    const s = await shop();
    const { batchId, outcome } = await yellowBatch(s);

    expect(outcome).toMatchObject({ created: 1, closed: 0, skipped: [] });
    const { batch, promotions } = await s.state(batchId);
    expect(promotions).toHaveLength(1);
    const [promotion] = promotions;
    // 第二件半价 reserves half of the 40 free units; 2 × ¥8 for ¥12 against ¥10 cost sells as set,
    // and the markdown (¥4 per pair × 10 pairs) is within the ¥200 limit: approved at once.
    expect(promotion).toMatchObject({
      status: "ACTIVE",
      tier: "YELLOW",
      ruleVersion: 1,
      reservedQty: 20,
      soldQty: 0,
      terms: { type: "NTH_ITEM_PERCENT_OFF", params: { n: 2, percentOff: 50 } },
      channels: ["MINIAPP", "MALL", "POS"],
      decidedById: null,
    });
    expect(promotion?.endsAt.getTime()).toBe(NOW.getTime() + 14 * DAY);
    expect(outcome.approved).toEqual([
      { promotionId: promotion?.id, startsAt: promotion?.startsAt, endsAt: promotion?.endsAt },
    ]);
    expect(batch).toMatchObject({ qtyOnHand: 40, qtyReserved: 20, tags: ["临期促销"] });

    const codes = promotion?.coupons.map((coupon) => coupon.code) ?? [];
    expect(codes).toHaveLength(50);
    expect(new Set(codes).size).toBe(50);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    expect(promotion?.coupons[0]).toMatchObject({
      terms: { type: "AMOUNT_OFF", params: { amountFen: 500 } },
      minSpendFen: 2000,
      perCustomerLimit: 1,
      validFrom: new Date(`${TODAY}T00:00:00Z`),
      validTo: new Date(`${addDays(TODAY, 14)}T00:00:00Z`),
    });

    // Both entries are written in one transaction and share its timestamp.
    const trail = new Map((await s.audit(promotion?.id ?? "")).map((entry) => [entry.action, entry]));
    expect([...trail.keys()].sort()).toEqual(["promotion.auto_approved", "promotion.created"]);
    expect(trail.get("promotion.created")).toMatchObject({
      actorId: null,
      before: null,
      after: { status: "PENDING_APPROVAL", coupons: 50 },
    });
    expect(trail.get("promotion.auto_approved")).toMatchObject({
      actorId: null,
      before: { status: "PENDING_APPROVAL" },
      after: { status: "ACTIVE" },
    });
  });

  it("creates nothing new when the same change is delivered again", async () => {
    const s = await shop();
    const { batchId } = await yellowBatch(s);
    const before = await s.state(batchId);

    const again = await matchBatches(db, s.fixture.tenantId, [batchId, batchId], later(0.01));

    expect(again).toEqual({ created: 0, closed: 0, approved: [], skipped: [] });
    const after = await s.state(batchId);
    expect(after.promotions.map((p) => [p.id, p.status, p.coupons.length])).toEqual(
      before.promotions.map((p) => [p.id, p.status, p.coupons.length]),
    );
    expect(after.batch).toMatchObject({ qtyReserved: 20, tags: ["临期促销"] });
  });

  it("does not bring back a rejected promotion when the change is delivered late", async () => {
    const s = await shop();
    const { batchId, promotion } = await redPromotion(s);
    await s.inTenant((tx) => rejectPromotion(tx, manager(s), promotion.id, "不做", later(0.01)));

    const late = await matchBatches(db, s.fixture.tenantId, [batchId], later(0.02));

    expect(late.created).toBe(0);
    expect((await s.state(batchId)).promotions.map((p) => p.status)).toEqual(["REJECTED"]);
  });

  it("supersedes the yellow promotion when the batch turns red, releasing its reservation", async () => {
    const s = await shop();
    const { batchId } = await yellowBatch(s);
    const [yellow] = (await s.state(batchId)).promotions;

    const { outcome } = await s.retierAndMatch(later(2));

    expect(outcome).toMatchObject({ created: 1, closed: 1, approved: [] });
    const { batch, promotions } = await s.state(batchId);
    const [old, red] = promotions;
    expect(old).toMatchObject({
      id: yellow?.id,
      status: "SUPERSEDED",
      supersededById: red?.id,
      endedReason: "批次由「关注」变为「紧急」，由新的促销单替代",
    });
    // The bundle takes every unit once the yellow promotion's 20 are released.
    expect(red).toMatchObject({
      status: "PENDING_APPROVAL",
      tier: "RED",
      reservedQty: 40,
      terms: { type: "BUNDLE", params: { partnerProductId: s.yoghurt.id, bundlePriceFen: 980 } },
      marginFloorPercent: 80,
      allowBelowCost: true,
      coupons: [],
    });
    expect(batch).toMatchObject({ qtyOnHand: 40, qtyReserved: 40, tags: ["临期促销"] });
    const superseded = await s.audit(yellow?.id ?? "");
    expect(superseded.at(-1)).toMatchObject({
      action: "promotion.superseded",
      actorId: null,
      before: { status: "ACTIVE", supersededById: null },
      after: { status: "SUPERSEDED", supersededById: red?.id },
    });
  });

  it("ends the promotion without a replacement when the batch leaves the rules' tiers", async () => {
    const s = await shop();
    const { batchId } = await yellowBatch(s);
    await s.inTenant((tx) => tx.batch.update({ where: { id: batchId }, data: { tier: "NORMAL" } }));

    const outcome = await matchBatches(db, s.fixture.tenantId, [batchId], later(0.1));

    expect(outcome).toMatchObject({ created: 0, closed: 1 });
    const { batch, promotions } = await s.state(batchId);
    expect(promotions.map((p) => [p.status, p.endedReason])).toEqual([
      ["ENDED", "批次由「关注」变为「正常」"],
    ]);
    expect(batch).toMatchObject({ qtyReserved: 0, tags: [] });
  });

  it("skips a bundle with no best-seller to pair with, saying why", async () => {
    const s = await shop();
    const bread = await s.product("孤品 面包", "烘焙");
    const batch = await s.batch(bread.id, 1, 10);

    const { outcome } = await s.retierAndMatch(NOW);

    expect(outcome.skipped).toEqual([
      {
        batchId: batch.id,
        reason: "规则「紧急：清仓捆绑畅销品」：该品类近 30 天没有其他商品的销量，无法组成清仓捆绑",
      },
    ]);
    expect((await s.state(batch.id)).promotions).toEqual([]);
  });
});

describe("concurrency", () => {
  it("two matches of the same change make one promotion and never reserve more than is on hand", async () => {
    const s = await shop();
    const batch = await s.batch(s.milk.id, 3, 40);
    const changes = await retierTenantById(db, s.fixture.tenantId, NOW);
    const ids = changes.map((change) => change.batchId);

    const outcomes = await Promise.all(
      Array.from({ length: OVERLAPPING ? 4 : 2 }, () => matchBatches(db, s.fixture.tenantId, ids, NOW)),
    );

    expect(outcomes.reduce((sum, outcome) => sum + outcome.created, 0)).toBe(1);
    const { batch: after, promotions } = await s.state(batch.id);
    expect(promotions).toHaveLength(1);
    expect(after.qtyReserved).toBe(promotions[0]?.reservedQty);
    expect(after.qtyReserved).toBeLessThanOrEqual(after.qtyOnHand);
  });

  it("reserves from what a sale holding the batch left", async () => {
    const s = await shop();
    const batch = await s.batch(s.milk.id, 3, 30);
    const changes = await retierTenantById(db, s.fixture.tenantId, NOW);

    let saleHolds: () => void = () => {};
    const holding = new Promise<void>((resolve) => {
      saleHolds = resolve;
    });
    const sale = s.inTenant(async (tx) => {
      const drawn = await moveStockOut(tx, {
        type: "SALE",
        productId: s.milk.id,
        warehouseId: s.fixture.warehouseId,
        quantity: 20,
        actorId: null,
        now: NOW,
      });
      saleHolds();
      // Keep the batch locked a while: matching that read the quantity without the lock would see 30.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return drawn;
    });
    if (OVERLAPPING) await holding;
    else await sale;
    const match = matchBatches(
      db,
      s.fixture.tenantId,
      changes.map((c) => c.batchId),
      NOW,
    );
    await Promise.all([sale, match]);

    const { batch: after, promotions } = await s.state(batch.id);
    expect(after).toMatchObject({ qtyOnHand: 10, qtyReserved: 5 });
    expect(promotions[0]?.reservedQty).toBe(5);
  });

  it("a sale racing a reservation never takes reserved units", async () => {
    const s = await shop();
    const batch = await s.batch(s.milk.id, 3, 30);
    const changes = await retierTenantById(db, s.fixture.tenantId, NOW);

    const [sale, match] = await Promise.allSettled([
      s.sell(s.milk.id, 20),
      matchBatches(
        db,
        s.fixture.tenantId,
        changes.map((c) => c.batchId),
        NOW,
      ),
    ]);

    expect(match.status).toBe("fulfilled");
    const { batch: after, promotions } = await s.state(batch.id);
    expect(after.qtyReserved).toBe(promotions[0]?.reservedQty);
    expect(after.qtyReserved).toBeLessThanOrEqual(after.qtyOnHand);
    // Sale first: 10 left, 5 reserved. Reservation first: 15 reserved, and 20 of 15 free is refused.
    if (sale.status === "fulfilled") expect(after).toMatchObject({ qtyOnHand: 10, qtyReserved: 5 });
    else expect(after).toMatchObject({ qtyOnHand: 30, qtyReserved: 15 });
  });
});

describe("decisions and the end of a promotion", () => {
  it("a manager approves a pending promotion, once", async () => {
    const s = await shop();
    const { promotion } = await redPromotion(s);

    const approved = await s.inTenant((tx) =>
      approvePromotion(tx, manager(s), promotion.id, "同意清仓", later(0.01)),
    );

    expect(approved).toMatchObject({
      status: "ACTIVE",
      decidedById: s.fixture.userId,
      decisionComment: "同意清仓",
    });
    await expect(
      s.inTenant((tx) => approvePromotion(tx, manager(s), promotion.id, null, later(0.02))),
    ).rejects.toMatchObject({ kind: "CONFLICT", message: "该促销单已处理（当前状态：进行中）" });
    const trail = await s.audit(promotion.id);
    expect(trail.at(-1)).toMatchObject({
      action: "promotion.approved",
      actorId: s.fixture.userId,
      before: { status: "PENDING_APPROVAL" },
      after: { status: "ACTIVE", decisionComment: "同意清仓" },
    });
  });

  it("approved before its start it is scheduled; the lifecycle activates and ends it once", async () => {
    const s = await shop();
    const { promotion } = await redPromotion(s);
    const early = new Date(promotion.startsAt.getTime() - 60_000);
    const { tenantId } = s.fixture;

    const scheduled = await s.inTenant((tx) => approvePromotion(tx, manager(s), promotion.id, null, early));
    expect(scheduled.status).toBe("SCHEDULED");
    expect(await activatePromotionById(db, tenantId, promotion.id, early)).toBe("SCHEDULED");
    expect(await activatePromotionById(db, tenantId, promotion.id, later(0.01))).toBe("ACTIVE");
    expect(await activatePromotionById(db, tenantId, promotion.id, later(0.02))).toBe("ACTIVE");
    expect(await endPromotionById(db, tenantId, promotion.id, later(0.5))).toBe("ACTIVE");
    // The red batch expires tomorrow, before the bundle's 7 days are up.
    expect(await endPromotionById(db, tenantId, promotion.id, later(2))).toBe("ENDED");
    expect(await endPromotionById(db, tenantId, promotion.id, later(7))).toBe("ENDED");

    const trail = await s.audit(promotion.id);
    expect(trail.map((entry) => entry.action)).toEqual([
      "promotion.created",
      "promotion.approved",
      "promotion.activated",
      "promotion.ended",
    ]);
  });

  it("rejecting releases the reservation and the tag", async () => {
    const s = await shop();
    const { batchId, promotion } = await redPromotion(s);
    expect((await s.state(batchId)).batch).toMatchObject({ qtyReserved: 20, tags: ["临期促销"] });

    await s.inTenant((tx) => rejectPromotion(tx, manager(s), promotion.id, "毛利太低", later(0.01)));

    const { batch, promotions } = await s.state(batchId);
    expect(promotions[0]).toMatchObject({ status: "REJECTED", decisionComment: "毛利太低" });
    expect(batch).toMatchObject({ qtyReserved: 0, tags: [] });
  });

  it("cancelling an active promotion releases it; a pending one cannot be cancelled", async () => {
    const s = await shop();
    const { batchId } = await yellowBatch(s);
    const [active] = (await s.state(batchId)).promotions;
    const { promotion: pending } = await redPromotion(s);

    await expect(
      s.inTenant((tx) => cancelPromotion(tx, manager(s), pending.id, "不做了")),
    ).rejects.toMatchObject({ message: "只能取消待生效或进行中的促销单（当前状态：待审批）" });
    await s.inTenant((tx) => cancelPromotion(tx, manager(s), active?.id ?? "", "货架调整"));

    const { batch, promotions } = await s.state(batchId);
    expect(promotions[0]).toMatchObject({ status: "CANCELLED", endedReason: "已取消：货架调整" });
    expect(batch).toMatchObject({ qtyReserved: 0, tags: [] });
  });

  it("ends promotions whose batch expired, that sold out or whose time is up, releasing what is unsold", async () => {
    const s = await shop();
    const { batchId: expiring } = await yellowBatch(s);
    const { batchId: soldOut } = await yellowBatch(s, 10);
    const [sold] = (await s.state(soldOut)).promotions;
    // Checkout is not built yet: record its 5 reserved units as sold, as checkout will.
    await s.inTenant(async (tx) => {
      await tx.promotion.update({ where: { id: sold?.id }, data: { soldQty: 5 } });
      await tx.batch.update({ where: { id: soldOut }, data: { qtyOnHand: 5, qtyReserved: 0 } });
    });

    const ended = await s.inTenant((tx) => endPromotions(tx, "Asia/Shanghai", later(0.5)));
    expect(ended.map((p) => [p.batchId, p.endedReason])).toEqual([[soldOut, "锁定库存已售罄"]]);

    const afterExpiry = await s.inTenant((tx) => endPromotions(tx, "Asia/Shanghai", later(4)));
    expect(afterExpiry.map((p) => [p.batchId, p.endedReason])).toEqual([[expiring, "批次已过期"]]);
    expect((await s.state(expiring)).batch).toMatchObject({ qtyReserved: 0, tags: [] });
    expect(await s.inTenant((tx) => endPromotions(tx, "Asia/Shanghai", later(4)))).toEqual([]);

    const trail = await s.audit(afterExpiry[0]?.id ?? "");
    expect(trail.at(-1)).toMatchObject({
      action: "promotion.ended",
      actorId: null,
      before: { status: "ACTIVE" },
      after: { status: "ENDED", endedReason: "批次已过期" },
    });
  });

  it("ends a promotion at its end time", async () => {
    const s = await shop();
    const batch = await s.batch(s.milk.id, 30, 40);
    await s.inTenant((tx) => tx.batch.update({ where: { id: batch.id }, data: { tier: "YELLOW" } }));
    await matchBatches(db, s.fixture.tenantId, [batch.id], NOW);

    expect(await s.inTenant((tx) => endPromotions(tx, "Asia/Shanghai", later(13)))).toEqual([]);
    const ended = await s.inTenant((tx) => endPromotions(tx, "Asia/Shanghai", later(14)));

    expect(ended.map((p) => p.endedReason)).toEqual(["促销期结束"]);
    expect((await s.state(batch.id)).batch).toMatchObject({ qtyReserved: 0, tags: [] });
  });
});
