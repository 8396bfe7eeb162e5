import { randomUUID } from "node:crypto";
import { addDays, type CalendarDate, todayIn } from "@shelfloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Database,
  moveStockOut,
  type ReceiveInput,
  receiveBatch,
  StockError,
  type Tx,
  transferStock,
  withTenant,
} from "../src";
import { createTenantFixture, type TenantFixture } from "../src/testing";
import { appDatabase } from "./env";

// On PostgreSQL the pool has several connections and these transactions truly overlap. The embedded
// PGlite serves one session (DATABASE_POOL_MAX=1): the same tests run with transactions queued.
const POOL_SIZE = Number(process.env.DATABASE_POOL_MAX ?? 4);
const OVERLAPPING = POOL_SIZE >= 2;

let db: Database;
let shop: TenantFixture;
const NOW = new Date();
const day = (offset: number): CalendarDate => addDays(todayIn("Asia/Shanghai", NOW), offset);

beforeAll(async () => {
  db = appDatabase();
  shop = await createTenantFixture(db, "stock-race");
});
afterAll(() => db.$disconnect());

const inTransaction = <T>(work: (tx: Tx) => Promise<T>) => withTenant(db, { tenantId: shop.tenantId }, work);

/** Resolves for everyone once `parties` callers have arrived: holds transactions open together. */
function barrier(parties: number) {
  const arrived: (() => void)[] = [];
  return () =>
    new Promise<void>((resolve) => {
      arrived.push(resolve);
      if (arrived.length >= parties) for (const go of arrived) go();
    });
}

async function newProduct(): Promise<string> {
  const product = await inTransaction((tx) =>
    tx.product.create({
      data: {
        tenantId: shop.tenantId,
        sku: `SKU-race-${randomUUID().slice(0, 8)}`,
        name: "并发 豆浆",
        category: "饮料",
        shelfLifeDays: 30,
        costFen: 200,
        listPriceFen: 350,
      },
    }),
  );
  return product.id;
}

async function newWarehouse(): Promise<string> {
  const code = `WH-race-${randomUUID().slice(0, 8)}`;
  const warehouse = await inTransaction((tx) =>
    tx.warehouse.create({ data: { tenantId: shop.tenantId, code, name: "并发仓" } }),
  );
  return warehouse.id;
}

const receipt = (
  productId: string,
  warehouseId: string,
  lotCode: string,
  expiresIn: number,
  quantity: number,
) =>
  ({
    productId,
    warehouseId,
    lotCode,
    productionDate: day(expiresIn - 30),
    expiryDate: day(expiresIn),
    quantity,
    actorId: null,
    now: NOW,
  }) satisfies ReceiveInput;

const sale = (tx: Tx, productId: string, warehouseId: string, quantity: number) =>
  moveStockOut(tx, { type: "SALE", productId, warehouseId, quantity, actorId: null, now: NOW });

/** Every batch of the product: on hand, and the sum of its ledger rows. */
async function stockOf(productId: string) {
  return inTransaction(async (tx) => {
    const batches = await tx.batch.findMany({
      where: { productId },
      orderBy: [{ warehouseId: "asc" }, { lotCode: "asc" }],
    });
    const sums = await tx.stockMovement.groupBy({
      by: ["batchId"],
      where: { batch: { productId } },
      _sum: { quantity: true },
    });
    const ledger = new Map(sums.map((row) => [row.batchId, row._sum.quantity]));
    return batches.map((batch) => ({ ...batch, ledger: ledger.get(batch.id) }));
  });
}

const refusalCode = (result: PromiseSettledResult<unknown>) =>
  result.status === "rejected" && result.reason instanceof StockError ? result.reason.code : result.status;

describe("concurrent stock movements", () => {
  it("sells the last units once when two sales race for them", async () => {
    const productId = await newProduct();
    const { batchId } = await inTransaction((tx) =>
      receiveBatch(tx, receipt(productId, shop.warehouseId, "L-LAST", 10, 5)),
    );

    const bothOpen = barrier(OVERLAPPING ? 2 : 1);
    const race = () =>
      inTransaction(async (tx) => {
        await bothOpen();
        return sale(tx, productId, shop.warehouseId, 5);
      });
    const results = await Promise.allSettled([race(), race()]);

    expect(results.map(refusalCode).sort()).toEqual(["INSUFFICIENT_STOCK", "fulfilled"]);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.reason).toMatchObject({ message: "库存不足：可售 0 件，需要 5 件" });
    const [after] = await stockOf(productId);
    expect(after).toMatchObject({ id: batchId, qtyOnHand: 0, status: "DEPLETED", ledger: 0 });
  });

  it("makes a sale wait for the transaction holding the batch, then read what it left", async () => {
    const productId = await newProduct();
    await inTransaction((tx) => receiveBatch(tx, receipt(productId, shop.warehouseId, "L-HELD", 10, 5)));

    const firstHasSold = barrier(2);
    const first = inTransaction(async (tx) => {
      const drawn = await sale(tx, productId, shop.warehouseId, 5);
      await firstHasSold();
      // Keep the lock a while: a second sale that read the quantity without locking would see 5 here.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return drawn;
    });
    await firstHasSold();
    const started = Date.now();
    const second = await inTransaction((tx) => sale(tx, productId, shop.warehouseId, 1)).catch(
      (error: unknown) => error,
    );

    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(second).toBeInstanceOf(StockError);
    expect(second).toMatchObject({ code: "INSUFFICIENT_STOCK", message: "库存不足：可售 0 件，需要 1 件" });
    expect(await first).toHaveLength(1);
  });

  it("never oversells when many sales arrive at once", async () => {
    const productId = await newProduct();
    await inTransaction(async (tx) => {
      await receiveBatch(tx, receipt(productId, shop.warehouseId, "L-M1", 5, 2));
      await receiveBatch(tx, receipt(productId, shop.warehouseId, "L-M2", 9, 3));
    });

    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => inTransaction((tx) => sale(tx, productId, shop.warehouseId, 1))),
    );

    const codes = results.map(refusalCode);
    expect(codes.filter((code) => code === "fulfilled")).toHaveLength(5);
    expect(codes.filter((code) => code === "INSUFFICIENT_STOCK")).toHaveLength(3);
    for (const batch of await stockOf(productId)) expect(batch).toMatchObject({ qtyOnHand: 0, ledger: 0 });
  });

  it("runs transfers in opposite directions at the same time without deadlocking", async () => {
    const productId = await newProduct();
    const [east, west] = [await newWarehouse(), await newWarehouse()];
    await inTransaction(async (tx) => {
      for (const warehouseId of [east, west]) {
        await receiveBatch(tx, receipt(productId, warehouseId, "L-X1", 5, 10));
        await receiveBatch(tx, receipt(productId, warehouseId, "L-X2", 20, 10));
      }
    });

    for (let round = 0; round < 5; round++) {
      const bothOpen = barrier(OVERLAPPING ? 2 : 1);
      const transfer = (fromWarehouseId: string, toWarehouseId: string) =>
        inTransaction(async (tx) => {
          await bothOpen();
          return transferStock(tx, {
            productId,
            fromWarehouseId,
            toWarehouseId,
            quantity: 15,
            actorId: null,
            now: NOW,
          });
        });
      const results = await Promise.allSettled([transfer(east, west), transfer(west, east)]);
      expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"]);
    }

    const batches = await stockOf(productId);
    for (const warehouseId of [east, west]) {
      const here = batches.filter((batch) => batch.warehouseId === warehouseId);
      expect(here.reduce((sum, batch) => sum + batch.qtyOnHand, 0)).toBe(20);
    }
    for (const batch of batches) expect(batch.ledger).toBe(batch.qtyOnHand);
  });

  it("creates one batch when two receipts of a new lot arrive at once", async () => {
    const productId = await newProduct();
    const bothOpen = barrier(OVERLAPPING ? 2 : 1);
    const receive = () =>
      inTransaction(async (tx) => {
        await bothOpen();
        return receiveBatch(tx, receipt(productId, shop.warehouseId, "L-NEW", 15, 5));
      });
    const [a, b] = await Promise.all([receive(), receive()]);

    expect(a.batchId).toBe(b.batchId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await stockOf(productId)).toMatchObject([{ qtyReceived: 10, qtyOnHand: 10, ledger: 10 }]);
  });
});
