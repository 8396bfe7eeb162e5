import { randomUUID } from "node:crypto";
import {
  addDays,
  type CalendarDate,
  DEFAULT_TIER_POLICY,
  type TierPolicy,
  tierOf,
  todayIn,
} from "@shelfloop/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Database,
  exportMovementsRows,
  listMovements,
  moveBatchStock,
  moveStockOut,
  type ReceiveInput,
  receiveBatch,
  retierTenant,
  StockError,
  saveTierPolicy,
  setBatchQuarantine,
  type Tx,
  transferStock,
  withTenant,
} from "../src";
import { createTenantFixture, type TenantFixture } from "../src/testing";
import { appDatabase } from "./env";

let db: Database;
let shop: TenantFixture;
// Everything is relative to the real date in Shanghai (the fixture tenant's timezone), never a fixed one.
const NOW = new Date();
const TODAY = todayIn("Asia/Shanghai", NOW);
const day = (offset: number): CalendarDate => addDays(TODAY, offset);
const shanghai = (date: CalendarDate, time: string) => new Date(`${date}T${time}+08:00`);

beforeAll(async () => {
  db = appDatabase();
  shop = await createTenantFixture(db, "stock");
});
afterAll(() => db.$disconnect());

const asShop = <T>(work: (tx: Tx) => Promise<T>) =>
  withTenant(db, { tenantId: shop.tenantId, userId: shop.userId }, work);

async function newProduct(label: string, shelfLifeDays = 60): Promise<string> {
  const product = await asShop((tx) =>
    tx.product.create({
      data: {
        tenantId: shop.tenantId,
        sku: `SKU-${label}-${randomUUID().slice(0, 8)}`,
        name: `${label} 酸奶`,
        category: "乳制品",
        shelfLifeDays,
        unit: "件",
        costFen: 300,
        listPriceFen: 500,
      },
    }),
  );
  return product.id;
}

async function newWarehouse(label: string, timezone: string | null = null): Promise<string> {
  const code = `WH-${label}-${randomUUID().slice(0, 8)}`;
  const warehouse = await asShop((tx) =>
    tx.warehouse.create({ data: { tenantId: shop.tenantId, code, name: `${label} 仓`, timezone } }),
  );
  return warehouse.id;
}

/** A receipt of `lotCode` expiring `expiresIn` days from today, 60 days after production. */
const lot = (
  productId: string,
  warehouseId: string,
  lotCode: string,
  expiresIn: number,
  quantity: number,
): ReceiveInput => ({
  productId,
  warehouseId,
  lotCode,
  productionDate: day(expiresIn - 60),
  expiryDate: day(expiresIn),
  quantity,
  actorId: shop.userId,
  now: NOW,
  ...(expiresIn < 0 ? { expiredOverrideReason: "测试：过期退货待销毁" } : {}),
});

const receive = (input: ReceiveInput) => asShop((tx) => receiveBatch(tx, input));
const sell = (productId: string, warehouseId: string, quantity: number, now = NOW) =>
  asShop((tx) => moveStockOut(tx, { type: "SALE", productId, warehouseId, quantity, actorId: null, now }));
const batch = (id: string) => asShop((tx) => tx.batch.findUniqueOrThrow({ where: { id } }));
const movementsOf = (batchId: string) =>
  asShop((tx) => tx.stockMovement.findMany({ where: { batchId }, orderBy: { occurredAt: "asc" } }));

async function expectStockError(promise: Promise<unknown>, code: string, message?: string | RegExp) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StockError);
  expect((error as StockError).code).toBe(code);
  if (message) expect((error as StockError).message).toMatch(message);
}

describe("moving stock out first-expired-first-out", () => {
  it("draws from the batch that expires first, then the next, one ledger row per batch", async () => {
    const productId = await newProduct("fefo");
    const late = await receive(lot(productId, shop.warehouseId, "L-LATE", 30, 10));
    const soon = await receive(lot(productId, shop.warehouseId, "L-SOON", 5, 4));
    const mid = await receive(lot(productId, shop.warehouseId, "L-MID", 12, 6));

    const allocations = await asShop((tx) =>
      moveStockOut(tx, {
        type: "SALE",
        productId,
        warehouseId: shop.warehouseId,
        quantity: 12,
        reference: { type: "POS_RECEIPT", id: "R-0001" },
        actorId: null,
        now: NOW,
      }),
    );
    expect(allocations).toEqual([
      { batchId: soon.batchId, lotCode: "L-SOON", expiryDate: day(5), quantity: 4 },
      { batchId: mid.batchId, lotCode: "L-MID", expiryDate: day(12), quantity: 6 },
      { batchId: late.batchId, lotCode: "L-LATE", expiryDate: day(30), quantity: 2 },
    ]);
    expect(await batch(soon.batchId)).toMatchObject({ qtyOnHand: 0, status: "DEPLETED" });
    expect(await batch(mid.batchId)).toMatchObject({ qtyOnHand: 0, status: "DEPLETED" });
    expect(await batch(late.batchId)).toMatchObject({ qtyOnHand: 8, status: "ACTIVE" });
    expect((await movementsOf(soon.batchId)).map((m) => [m.type, m.quantity, m.referenceId])).toEqual([
      ["RECEIVE", 4, null],
      ["SALE", -4, "R-0001"],
    ]);
  });

  it("skips an expired batch for a sale, but a write-off takes it, first", async () => {
    const productId = await newProduct("expired");
    const expired = await receive(lot(productId, shop.warehouseId, "L-OLD", -2, 4));
    const fresh = await receive(lot(productId, shop.warehouseId, "L-NEW", 10, 5));

    expect(await sell(productId, shop.warehouseId, 3)).toEqual([
      expect.objectContaining({ batchId: fresh.batchId, quantity: 3 }),
    ]);
    await expectStockError(
      sell(productId, shop.warehouseId, 3),
      "INSUFFICIENT_STOCK",
      "库存不足：可售 2 件，需要 3 件",
    );

    const writtenOff = await asShop((tx) =>
      moveStockOut(tx, {
        type: "WRITE_OFF",
        productId,
        warehouseId: shop.warehouseId,
        quantity: 5,
        reason: { category: "EXPIRED" },
        actorId: shop.userId,
        now: NOW,
      }),
    );
    expect(writtenOff.map((a) => [a.lotCode, a.quantity])).toEqual([
      ["L-OLD", 4],
      ["L-NEW", 1],
    ]);
    expect(await batch(expired.batchId)).toMatchObject({ qtyOnHand: 0, status: "WRITTEN_OFF" });
    // The receipt and the write-off share NOW: find the write-off rather than rely on their order.
    expect((await movementsOf(expired.batchId)).find((m) => m.type === "WRITE_OFF")).toMatchObject({
      type: "WRITE_OFF",
      quantity: -4,
      reason: "EXPIRED",
      actorId: shop.userId,
    });
  });

  it("never draws units reserved for promotions", async () => {
    const productId = await newProduct("reserved");
    const first = await receive(lot(productId, shop.warehouseId, "L-A", 5, 10));
    const second = await receive(lot(productId, shop.warehouseId, "L-B", 9, 3));
    await asShop((tx) => tx.batch.update({ where: { id: first.batchId }, data: { qtyReserved: 6 } }));

    expect((await sell(productId, shop.warehouseId, 6)).map((a) => [a.lotCode, a.quantity])).toEqual([
      ["L-A", 4],
      ["L-B", 2],
    ]);
    await expectStockError(
      sell(productId, shop.warehouseId, 2),
      "INSUFFICIENT_STOCK",
      "库存不足：可售 1 件，需要 2 件",
    );
    await expectStockError(
      asShop((tx) =>
        moveBatchStock(tx, {
          type: "WRITE_OFF",
          batchId: first.batchId,
          delta: -1,
          reason: { category: "DAMAGED" },
          actorId: shop.userId,
          now: NOW,
        }),
      ),
      "INSUFFICIENT_STOCK",
      "库存不足：可用 0 件（另有 6 件已锁定用于促销），需要 1 件",
    );
    expect(await batch(first.batchId)).toMatchObject({ qtyOnHand: 6, qtyReserved: 6, status: "ACTIVE" });
    expect(await batch(second.batchId)).toMatchObject({ qtyOnHand: 1, qtyReserved: 0 });
  });

  it("refuses more than there is with a StockError and writes nothing, even if the caller carries on", async () => {
    const productId = await newProduct("short");
    const only = await receive(lot(productId, shop.warehouseId, "L-ONLY", 20, 3));

    const outcome = await asShop(async (tx) => {
      const error = await moveStockOut(tx, {
        type: "SALE",
        productId,
        warehouseId: shop.warehouseId,
        quantity: 5,
        actorId: null,
        now: NOW,
      }).catch((caught: unknown) => caught);
      const rows = await tx.stockMovement.count({ where: { batchId: only.batchId } });
      const { qtyOnHand } = await tx.batch.findUniqueOrThrow({ where: { id: only.batchId } });
      return { error, rows, qtyOnHand };
    });
    expect(outcome.error).toBeInstanceOf(StockError);
    expect(outcome.error).toMatchObject({
      code: "INSUFFICIENT_STOCK",
      message: "库存不足：可售 3 件，需要 5 件",
      details: { available: 3, requested: 5 },
    });
    expect(outcome).toMatchObject({ rows: 1, qtyOnHand: 3 });
  });

  it("judges expiry by the warehouse's own date, and never later than the tenant's", async () => {
    const productId = await newProduct("timezones");
    const ahead = await newWarehouse("kiritimati", "Pacific/Kiritimati"); // UTC+14
    const behind = await newWarehouse("los-angeles", "America/Los_Angeles"); // UTC-8/-7
    const expiry = 2;
    for (const warehouseId of [shop.warehouseId, ahead, behind]) {
      await receive(lot(productId, warehouseId, "L-TZ", expiry, 5));
    }
    // 20:00 in Shanghai on the expiry date is already the next morning on Kiritimati.
    const evening = shanghai(day(expiry), "20:00:00");
    expect(await sell(productId, shop.warehouseId, 1, evening)).toHaveLength(1);
    await expectStockError(sell(productId, ahead, 1, evening), "INSUFFICIENT_STOCK");
    // 10:00 in Shanghai the day after is still the expiry date in Los Angeles, but the tenant's
    // calendar (which the database enforces for sales) has moved on: refused cleanly, not by the trigger.
    await expectStockError(
      sell(productId, behind, 1, shanghai(day(expiry + 1), "10:00:00")),
      "INSUFFICIENT_STOCK",
    );
  });
});

describe("moving one batch", () => {
  it("writes off with a reason category, and OTHER needs a note", async () => {
    const productId = await newProduct("write-off");
    const { batchId } = await receive(lot(productId, shop.warehouseId, "L-WO", 15, 10));
    const writeOff = (delta: number, reason: { category: "DAMAGED" | "OTHER"; note?: string }) =>
      asShop((tx) =>
        moveBatchStock(tx, { type: "WRITE_OFF", batchId, delta, reason, actorId: shop.userId, now: NOW }),
      );

    await expectStockError(writeOff(-1, { category: "OTHER" }), "INVALID_REASON", /说明/);
    await expectStockError(writeOff(2, { category: "DAMAGED" }), "INVALID_QUANTITY");
    expect(await writeOff(-3, { category: "DAMAGED", note: "外箱压坏" })).toMatchObject({
      qtyOnHand: 7,
      status: "ACTIVE",
    });
    expect(await writeOff(-7, { category: "OTHER", note: "门店试吃" })).toMatchObject({
      qtyOnHand: 0,
      status: "WRITTEN_OFF",
    });
    expect((await movementsOf(batchId)).map((m) => [m.type, m.quantity, m.reason, m.actorId])).toEqual([
      ["RECEIVE", 10, null, shop.userId],
      ["WRITE_OFF", -3, "DAMAGED: 外箱压坏", shop.userId],
      ["WRITE_OFF", -7, "OTHER: 门店试吃", shop.userId],
    ]);
  });

  it("adjusts after a count either way with a note; expired stock leaves only by write-off", async () => {
    const productId = await newProduct("adjust");
    const { batchId } = await receive(lot(productId, shop.warehouseId, "L-ADJ", 15, 2));
    const expired = await receive(lot(productId, shop.warehouseId, "L-ADJ-OLD", -1, 2));
    const adjust = (id: string, delta: number, reason: string) =>
      asShop((tx) =>
        moveBatchStock(tx, { type: "ADJUST", batchId: id, delta, reason, actorId: shop.userId, now: NOW }),
      );

    await expectStockError(adjust(batchId, -1, "  "), "INVALID_REASON");
    expect(await adjust(batchId, -2, "盘点少 2 件")).toMatchObject({ qtyOnHand: 0, status: "DEPLETED" });
    expect(await adjust(batchId, 3, "盘点找回 3 件")).toMatchObject({ qtyOnHand: 3, status: "ACTIVE" });
    await expectStockError(
      adjust(batchId, -4, "盘点"),
      "INSUFFICIENT_STOCK",
      "库存不足：可用 3 件，需要 4 件",
    );
    await expectStockError(adjust(expired.batchId, -1, "盘点"), "BATCH_EXPIRED", /报损/);
    expect(await adjust(expired.batchId, 1, "盘点多 1 件")).toMatchObject({ qtyOnHand: 3 });
  });

  it("quarantines a batch out of FEFO, lets it be written off, and records both in the audit log", async () => {
    const productId = await newProduct("quarantine");
    const held = await receive(lot(productId, shop.warehouseId, "L-HOLD", 5, 4));
    await receive(lot(productId, shop.warehouseId, "L-OK", 20, 4));

    await asShop((tx) =>
      setBatchQuarantine(tx, {
        batchId: held.batchId,
        quarantined: true,
        reason: "厂家召回",
        actorId: shop.userId,
      }),
    );
    expect((await sell(productId, shop.warehouseId, 2)).map((a) => a.lotCode)).toEqual(["L-OK"]);
    expect(
      await asShop((tx) =>
        moveBatchStock(tx, {
          type: "WRITE_OFF",
          batchId: held.batchId,
          delta: -4,
          reason: { category: "RECALLED" },
          actorId: shop.userId,
          now: NOW,
        }),
      ),
    ).toMatchObject({ qtyOnHand: 0, status: "WRITTEN_OFF" });
    await expectStockError(
      asShop((tx) =>
        setBatchQuarantine(tx, {
          batchId: held.batchId,
          quarantined: false,
          reason: "误判",
          actorId: shop.userId,
        }),
      ),
      "BATCH_STATUS",
    );
    const audit = await asShop((tx) =>
      tx.auditLog.findMany({ where: { entityId: held.batchId }, orderBy: { createdAt: "asc" } }),
    );
    expect(audit).toMatchObject([
      {
        action: "batch.quarantined",
        actorId: shop.userId,
        after: { status: "QUARANTINED", reason: "厂家召回" },
      },
      {
        action: "stock.written_off",
        actorId: shop.userId,
        before: { qtyOnHand: 4, status: "QUARANTINED" },
        after: { qtyOnHand: 0, status: "WRITTEN_OFF", delta: -4, reason: "RECALLED" },
      },
    ]);
  });
});

describe("transfers", () => {
  it("moves FEFO into the same lot at the destination, adding to it or creating it, in one transaction", async () => {
    const productId = await newProduct("transfer");
    const to = await newWarehouse("transfer-to");
    const a = await receive(lot(productId, shop.warehouseId, "L-T-A", 4, 3));
    const b = await receive(lot(productId, shop.warehouseId, "L-T-B", 25, 10));
    const bThere = await receive(lot(productId, to, "L-T-B", 25, 1));

    const moved = await asShop((tx) =>
      transferStock(tx, {
        productId,
        fromWarehouseId: shop.warehouseId,
        toWarehouseId: to,
        quantity: 5,
        actorId: shop.userId,
        now: NOW,
      }),
    );
    expect(moved.map(({ lotCode, quantity, batchId }) => [lotCode, quantity, batchId])).toEqual([
      ["L-T-A", 3, a.batchId],
      ["L-T-B", 2, b.batchId],
    ]);
    expect(moved[1]?.toBatchId).toBe(bThere.batchId);
    const aThere = await batch(moved[0]?.toBatchId ?? "");
    expect(aThere).toMatchObject({
      warehouseId: to,
      productId,
      lotCode: "L-T-A",
      qtyOnHand: 3,
      qtyReceived: 3,
      status: "ACTIVE",
      tier: (await batch(a.batchId)).tier,
    });
    expect(aThere.expiryDate).toEqual(new Date(`${day(4)}T00:00:00Z`));
    expect(await batch(bThere.batchId)).toMatchObject({ qtyOnHand: 3, qtyReceived: 3 });

    const legs = await asShop((tx) =>
      tx.stockMovement.findMany({
        where: { batchId: { in: [a.batchId, aThere.id] }, type: { not: "RECEIVE" } },
      }),
    );
    expect(legs.map((m) => [m.type, m.quantity]).sort()).toEqual([
      ["TRANSFER_IN", 3],
      ["TRANSFER_OUT", -3],
    ]);
    expect(new Set(legs.map((m) => `${m.referenceType}:${m.referenceId}`)).size).toBe(1);
    expect(legs[0]?.referenceType).toBe("TRANSFER");
  });

  it("refuses before writing when the destination holds the lot under other dates", async () => {
    const productId = await newProduct("transfer-dates");
    const to = await newWarehouse("transfer-dates");
    const source = await receive(lot(productId, shop.warehouseId, "L-TD", 10, 5));
    await receive(lot(productId, to, "L-TD", 11, 1));

    await expectStockError(
      asShop((tx) =>
        transferStock(tx, {
          productId,
          fromWarehouseId: shop.warehouseId,
          toWarehouseId: to,
          quantity: 2,
          actorId: null,
          now: NOW,
        }),
      ),
      "LOT_DATES_MISMATCH",
    );
    expect(await batch(source.batchId)).toMatchObject({ qtyOnHand: 5 });
  });
});

describe("receiving", () => {
  it("adds to the warehouse's batch of the same lot, and refuses the lot under other dates", async () => {
    const productId = await newProduct("receive");
    const first = await receive(lot(productId, shop.warehouseId, "L-R", 30, 5));
    const again = await receive(lot(productId, shop.warehouseId, " L-R ", 30, 7));
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ batchId: first.batchId, created: false });
    expect(await batch(first.batchId)).toMatchObject({ qtyReceived: 12, qtyOnHand: 12 });

    await expectStockError(
      receive({ ...lot(productId, shop.warehouseId, "L-R", 30, 1), expiryDate: day(31) }),
      "LOT_DATES_MISMATCH",
      `批号 L-R 已在该仓库登记为 生产日期 ${day(-30)}、到期日 ${day(30)}`,
    );
    await expectStockError(receive(lot(productId, shop.warehouseId, "L-R2", 30, 0)), "INVALID_QUANTITY");
    expect((await movementsOf(first.batchId)).map((m) => m.quantity)).toEqual([5, 7]);
  });

  it("refuses expired stock unless a reason is given", async () => {
    const productId = await newProduct("receive-expired");
    const { expiredOverrideReason: _, ...withoutReason } = lot(productId, shop.warehouseId, "L-X", -1, 2);
    await expectStockError(receive(withoutReason), "EXPIRED_ON_RECEIPT", day(-1));
    const { batchId } = await receive(lot(productId, shop.warehouseId, "L-X", -1, 2));
    expect((await movementsOf(batchId))[0]?.reason).toBe("已过期入库：测试：过期退货待销毁");
    expect(await batch(batchId)).toMatchObject({ tier: "EXPIRED" });
  });

  it("places a new batch in its tier at once, as the re-tiering job would", async () => {
    const productId = await newProduct("tier", 30);
    const custom: TierPolicy = {
      tiers: [
        { key: "FRESH", name: "新鲜", color: "emerald", entry: null },
        { key: "SOON", name: "尽快", color: "orange", entry: { kind: "DAYS", days: 7 } },
      ],
    };
    const defaultTier = tierOf(DEFAULT_TIER_POLICY, { remainingDays: 3, shelfLifeDays: 30 });
    expect(defaultTier).not.toBe("NORMAL");

    const urgent = await receive(lot(productId, shop.warehouseId, "L-TIER-1", 3, 5));
    expect(urgent.tier.key).toBe(defaultTier);
    expect(await batch(urgent.batchId)).toMatchObject({ tier: defaultTier });

    const otherProduct = await newProduct("tier-custom", 30);
    await asShop((tx) =>
      saveTierPolicy(
        tx,
        { tenantId: shop.tenantId, userId: shop.userId },
        { scope: "PRODUCT", productId: otherProduct },
        custom,
      ),
    );
    const soon = await receive(lot(otherProduct, shop.warehouseId, "L-TIER-2", 5, 5));
    const fresh = await receive(lot(otherProduct, shop.warehouseId, "L-TIER-3", 20, 5));
    expect(soon.tier).toEqual({ key: "SOON", name: "尽快", color: "orange" });
    expect(await batch(fresh.batchId)).toMatchObject({ tier: "FRESH" });

    const changes = await asShop((tx) =>
      retierTenant(tx, { tenantId: shop.tenantId, timezone: "Asia/Shanghai" }, NOW),
    );
    const ours = new Set([urgent.batchId, soon.batchId, fresh.batchId]);
    expect(changes.filter((change) => ours.has(change.batchId))).toEqual([]);
  });
});

describe("reading the ledger", () => {
  it("lists movements newest first with names, filtered and paged, and exports the same as plain rows", async () => {
    const productId = await newProduct("ledger");
    const warehouseId = await newWarehouse("ledger");
    const at = (offset: number) => shanghai(day(offset), "10:00:00");
    const { batchId } = await receive({ ...lot(productId, warehouseId, "L-LEDGER", 30, 10), now: at(-2) });
    await sell(productId, warehouseId, 3, at(-1));
    await asShop((tx) =>
      moveBatchStock(tx, {
        type: "ADJUST",
        batchId,
        delta: -1,
        reason: "盘点",
        actorId: shop.userId,
        now: at(0),
      }),
    );

    const page = await asShop((tx) => listMovements(tx, { productId, page: 1, pageSize: 2 }));
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.items).toMatchObject([
      {
        type: "ADJUST",
        quantity: -1,
        reason: "盘点",
        actorName: "stock 用户",
        lotCode: "L-LEDGER",
        productName: "ledger 酸奶",
        warehouseName: "ledger 仓",
        expiryDate: day(30),
        occurredAtLocal: `${day(0)} 10:00:00`,
      },
      { type: "SALE", quantity: -3, actorId: null, actorName: null },
    ]);
    const second = await asShop((tx) => listMovements(tx, { productId, page: 2, pageSize: 2 }));
    expect(second.items.map((row) => row.type)).toEqual(["RECEIVE"]);

    const yesterday = await asShop((tx) =>
      listMovements(tx, { warehouseId, from: day(-1), to: day(-1), page: 1, pageSize: 10 }),
    );
    expect(yesterday.items.map((row) => row.type)).toEqual(["SALE"]);
    const byBatch = await asShop((tx) =>
      listMovements(tx, { batchId, from: day(-1), page: 1, pageSize: 10 }),
    );
    expect(byBatch.total).toBe(2);

    const rows = await asShop((tx) => exportMovementsRows(tx, { productId }));
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual({
      occurredAt: `${day(-2)} 10:00:00`,
      occurredAtUtc: at(-2).toISOString(),
      type: "RECEIVE",
      quantity: 10,
      unit: "件",
      sku: expect.stringMatching(/^SKU-ledger-/),
      productName: "ledger 酸奶",
      warehouseCode: expect.stringMatching(/^WH-ledger-/),
      warehouseName: "ledger 仓",
      lotCode: "L-LEDGER",
      expiryDate: day(30),
      reason: null,
      referenceType: null,
      referenceId: null,
      actorName: "stock 用户",
      movementId: expect.any(String),
    });
  });
});

// A model of what the ledger should hold, for sequences of random operations on lots L0–L3 in two
// warehouses. Lot k always has the same dates, so FEFO order is lot order; L0 is already expired.
const LOT_EXPIRY = [-2, 3, 10, 40] as const;
type Status = "ACTIVE" | "QUARANTINED" | "DEPLETED" | "WRITTEN_OFF";
interface ModelLot {
  batchId: string;
  onHand: number;
  reserved: number;
  status: Status;
}
type Model = Map<string, ModelLot>;
type Op =
  | { kind: "receive"; w: number; k: number; qty: number; otherDates: boolean }
  | { kind: "sale" | "transfer" | "writeOffFefo"; w: number; qty: number }
  | { kind: "adjust"; w: number; k: number; delta: number }
  | { kind: "writeOff" | "reserve"; w: number; k: number; qty: number }
  | { kind: "quarantine"; w: number; k: number };

const w = fc.constantFrom(0, 1);
const k = fc.integer({ min: 0, max: LOT_EXPIRY.length - 1 });
const qty = (max: number) => fc.integer({ min: 1, max });
const receiptArbitrary = fc.record({
  kind: fc.constant("receive" as const),
  w,
  k,
  qty: qty(20),
  otherDates: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
});
const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: receiptArbitrary },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("sale" as const), w, qty: qty(12) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("transfer" as const), w, qty: qty(12) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("writeOffFefo" as const), w, qty: qty(10) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("adjust" as const),
      w,
      k,
      delta: fc.integer({ min: -6, max: 6 }).filter((d) => d !== 0),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("writeOff" as const), w, k, qty: qty(8) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reserve" as const), w, k, qty: qty(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("quarantine" as const), w, k }) },
);

function inbound(model: Model, key: string, units: number, batchId: string) {
  const lot = model.get(key);
  if (!lot) return model.set(key, { batchId, onHand: units, reserved: 0, status: "ACTIVE" });
  lot.onHand += units;
  if (lot.status === "DEPLETED" || lot.status === "WRITTEN_OFF") lot.status = "ACTIVE";
}

function outbound(lot: ModelLot, units: number, writeOff: boolean) {
  lot.onHand -= units;
  if (lot.onHand === 0 && (writeOff || lot.status !== "QUARANTINED")) {
    lot.status = writeOff ? "WRITTEN_OFF" : "DEPLETED";
  }
}

/** What FEFO should draw in warehouse `w`: [lot index, units] soonest expiry first, or null when short. */
function fefo(model: Model, w: number, units: number, includeExpired: boolean) {
  const draws: [number, number][] = [];
  let remaining = units;
  for (let lot = 0; lot < LOT_EXPIRY.length && remaining > 0; lot++) {
    const state = model.get(`${w}:${lot}`);
    if (state?.status !== "ACTIVE" || (!includeExpired && lot === 0)) continue;
    const drawn = Math.min(state.onHand - state.reserved, remaining);
    if (drawn > 0) draws.push([lot, drawn]);
    remaining -= drawn;
  }
  return remaining === 0 ? draws : null;
}

/** Runs `work`, returning the StockError code it was refused with, or null; any other error fails. */
async function outcomeOf<T>(work: Promise<T>): Promise<{ code: string | null; value?: T }> {
  try {
    return { code: null, value: await work };
  } catch (error) {
    if (error instanceof StockError) return { code: error.code };
    throw error;
  }
}

async function runStep(op: Op, model: Model, productId: string, warehouses: readonly string[]) {
  const where = warehouses[op.w] as string;
  const key = "k" in op ? `${op.w}:${op.k}` : "";
  const state = model.get(key);
  const expectFefo = (
    draws: [number, number][] | null,
    allocations: { lotCode: string; quantity: number }[] | undefined,
  ) =>
    expect(allocations?.map((a) => [a.lotCode, a.quantity]) ?? null).toEqual(
      draws?.map(([l, n]) => [`L${l}`, n]) ?? null,
    );
  switch (op.kind) {
    case "receive": {
      const otherDates = op.otherDates && state !== undefined;
      const expiry = (LOT_EXPIRY[op.k] as number) + (otherDates ? 1 : 0);
      const { code, value } = await outcomeOf(receive(lot(productId, where, `L${op.k}`, expiry, op.qty)));
      expect(code).toBe(otherDates ? "LOT_DATES_MISMATCH" : null);
      if (value) inbound(model, key, op.qty, value.batchId);
      return;
    }
    case "sale":
    case "writeOffFefo": {
      const draws = fefo(model, op.w, op.qty, op.kind === "writeOffFefo");
      const { code, value } = await outcomeOf(
        asShop((tx) =>
          op.kind === "sale"
            ? moveStockOut(tx, {
                type: "SALE",
                productId,
                warehouseId: where,
                quantity: op.qty,
                actorId: null,
                now: NOW,
              })
            : moveStockOut(tx, {
                type: "WRITE_OFF",
                productId,
                warehouseId: where,
                quantity: op.qty,
                reason: { category: "EXPIRED" },
                actorId: shop.userId,
                now: NOW,
              }),
        ),
      );
      expect(code).toBe(draws ? null : "INSUFFICIENT_STOCK");
      expectFefo(draws, value);
      for (const [l, n] of draws ?? [])
        outbound(model.get(`${op.w}:${l}`) as ModelLot, n, op.kind === "writeOffFefo");
      return;
    }
    case "transfer": {
      const draws = fefo(model, op.w, op.qty, false);
      const { code, value } = await outcomeOf(
        asShop((tx) =>
          transferStock(tx, {
            productId,
            fromWarehouseId: where,
            toWarehouseId: warehouses[1 - op.w] as string,
            quantity: op.qty,
            actorId: shop.userId,
            now: NOW,
          }),
        ),
      );
      expect(code).toBe(draws ? null : "INSUFFICIENT_STOCK");
      expectFefo(draws, value);
      for (const [index, [l, n]] of (draws ?? []).entries()) {
        outbound(model.get(`${op.w}:${l}`) as ModelLot, n, false);
        inbound(model, `${1 - op.w}:${l}`, n, value?.[index]?.toBatchId ?? "");
      }
      return;
    }
    case "adjust":
    case "writeOff": {
      if (!state) return;
      const delta = op.kind === "adjust" ? op.delta : -op.qty;
      const expected =
        delta > 0
          ? null
          : op.kind === "adjust" && op.k === 0
            ? "BATCH_EXPIRED"
            : -delta > state.onHand - state.reserved
              ? "INSUFFICIENT_STOCK"
              : null;
      const { code } = await outcomeOf(
        asShop((tx) =>
          op.kind === "adjust"
            ? moveBatchStock(tx, {
                type: "ADJUST",
                batchId: state.batchId,
                delta,
                reason: "盘点",
                actorId: shop.userId,
                now: NOW,
              })
            : moveBatchStock(tx, {
                type: "WRITE_OFF",
                batchId: state.batchId,
                delta,
                reason: { category: "DAMAGED" },
                actorId: shop.userId,
                now: NOW,
              }),
        ),
      );
      expect(code).toBe(expected);
      if (expected === null && delta > 0) inbound(model, key, delta, state.batchId);
      if (expected === null && delta < 0) outbound(state, -delta, op.kind === "writeOff");
      return;
    }
    case "reserve": {
      // Promotions lock units directly on the batch; here only to put reservations in FEFO's way.
      if (!state || (state.status !== "ACTIVE" && state.status !== "QUARANTINED")) return;
      state.reserved = Math.min(op.qty, state.onHand);
      await asShop((tx) =>
        tx.batch.update({ where: { id: state.batchId }, data: { qtyReserved: state.reserved } }),
      );
      return;
    }
    case "quarantine": {
      if (!state) return;
      const hold = state.status !== "QUARANTINED";
      const { code } = await outcomeOf(
        asShop((tx) =>
          setBatchQuarantine(tx, {
            batchId: state.batchId,
            quarantined: hold,
            reason: "抽检",
            actorId: shop.userId,
          }),
        ),
      );
      expect(code).toBe(hold && state.status !== "ACTIVE" ? "BATCH_STATUS" : null);
      if (code === null) state.status = hold ? "QUARANTINED" : state.onHand > 0 ? "ACTIVE" : "DEPLETED";
      return;
    }
  }
}

describe("any sequence of receipts, sales, transfers, adjustments and write-offs", () => {
  it("keeps every batch equal to the sum of its ledger, never negative, and as a simple model predicts", async () => {
    const warehouses = [await newWarehouse("random-a"), await newWarehouse("random-b")] as const;
    // Some receipts first, so most operations find stock to work on.
    const sequence = fc.tuple(
      fc.array(receiptArbitrary, { minLength: 2, maxLength: 6 }),
      fc.array(opArbitrary, { minLength: 1, maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(sequence, async ([receipts, ops]) => {
        const productId = await newProduct("random");
        const model: Model = new Map();
        for (const op of [...receipts, ...ops]) await runStep(op, model, productId, warehouses);

        const { batches, sums } = await asShop(async (tx) => ({
          batches: await tx.batch.findMany({ where: { productId } }),
          sums: await tx.stockMovement.groupBy({
            by: ["batchId"],
            where: { batch: { productId } },
            _sum: { quantity: true },
          }),
        }));
        const ledger = new Map(sums.map((row) => [row.batchId, row._sum.quantity]));
        expect(batches).toHaveLength(model.size);
        for (const row of batches) {
          expect(row.qtyOnHand).toBeGreaterThanOrEqual(0);
          expect(ledger.get(row.id), `ledger of ${row.lotCode}`).toBe(row.qtyOnHand);
          const expected = model.get(`${warehouses.indexOf(row.warehouseId)}:${row.lotCode.slice(1)}`);
          expect({
            id: row.id,
            onHand: row.qtyOnHand,
            reserved: row.qtyReserved,
            status: row.status,
          }).toEqual({
            id: expected?.batchId,
            onHand: expected?.onHand,
            reserved: expected?.reserved,
            status: expected?.status,
          });
        }
      }),
      { numRuns: 30 },
    );
  });
});
