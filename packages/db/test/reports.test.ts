import { randomUUID } from "node:crypto";
import { addDays, todayIn } from "@shelfloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, moveStockOut, reportDashboard, rollupDay, type Tx, withTenant } from "../src";
import { createTenantFixture, type TenantFixture } from "../src/testing";
import { appDatabase } from "./env";

const TZ = "Asia/Shanghai";
const TODAY = todayIn(TZ);
const day = (offset: number) => addDays(TODAY, offset);
/** Noon of a day relative to today, Shanghai time. */
const noon = (offset: number) => new Date(`${day(offset)}T12:00:00+08:00`);

let db: Database;
let shop: TenantFixture;
let batchId: string;
const promotionId = randomUUID();

const inShop = <T>(work: (tx: Tx) => Promise<T>) => withTenant(db, { tenantId: shop.tenantId }, work);

/**
 * A batch of the fixture's product (list ¥8.00, cost ¥5.00) received 6 days ago with 100 units:
 * day −4 sells 10 at the till under a promotion for ¥6.00 each, day −3 sells 5 at list price in the store,
 * day −2 writes 3 off, and day −2 one more sale of 4 goes through the real stock service at ¥7.00.
 */
beforeAll(async () => {
  db = appDatabase();
  shop = await createTenantFixture(db, "reports");
  batchId = randomUUID();
  await inShop(async (tx) => {
    await tx.batch.create({
      data: {
        id: batchId,
        tenantId: shop.tenantId,
        productId: shop.productId,
        warehouseId: shop.warehouseId,
        lotCode: "LOT-REPORTS",
        productionDate: new Date(`${day(-7)}T00:00:00Z`),
        expiryDate: new Date(`${day(30)}T00:00:00Z`),
        receivedAt: noon(-6),
        qtyReceived: 100,
        qtyOnHand: 82,
      },
    });
    const movement = (
      offset: number,
      type: "RECEIVE" | "SALE" | "WRITE_OFF",
      quantity: number,
      sale = {},
    ) => ({
      tenantId: shop.tenantId,
      batchId,
      type,
      quantity,
      occurredAt: noon(offset),
      ...sale,
    });
    await tx.stockMovement.createMany({
      data: [
        movement(-6, "RECEIVE", 100),
        movement(-4, "SALE", -10, { channel: "POS", revenueFen: 6000, listValueFen: 8000, promotionId }),
        movement(-3, "SALE", -5, { channel: "STORE", revenueFen: 4000, listValueFen: 4000 }),
        movement(-2, "WRITE_OFF", -3),
      ],
    });
    // The fixture's own batch (expiring in 8 days) goes first by FEFO: the 4 units come from it.
    await moveStockOut(tx, {
      type: "SALE",
      productId: shop.productId,
      warehouseId: shop.warehouseId,
      quantity: 4,
      actorId: null,
      now: noon(-2),
      sale: { channel: "POS", revenueFen: 2800, listValueFen: 3200 },
    });
  });
});
afterAll(() => db.$disconnect());

const rollup = (offset: number) => inShop((tx) => rollupDay(tx, shop.tenantId, day(offset)));
const salesRows = () =>
  inShop((tx) =>
    tx.reportDailySales.findMany({
      orderBy: [{ day: "asc" }, { batchId: "asc" }, { channel: "asc" }],
      omit: { id: true },
    }),
  );

describe("report rollups", () => {
  it("rebuild a day whole: rolling a day up again gives the same rows", async () => {
    for (const offset of [-6, -5, -4, -3, -2, -1]) await rollup(offset);
    const first = await salesRows();
    const stockFirst = await inShop((tx) =>
      tx.reportDailyStock.findMany({ omit: { id: true }, orderBy: { day: "asc" } }),
    );
    for (const offset of [-6, -4, -2]) await rollup(offset);
    expect(await salesRows()).toEqual(first);
    expect(
      await inShop((tx) => tx.reportDailyStock.findMany({ omit: { id: true }, orderBy: { day: "asc" } })),
    ).toEqual(stockFirst);
    expect(
      first.map((row) => [row.unitsSold, Number(row.revenueFen), row.channel, row.unitsWrittenOff]),
    ).toEqual(
      expect.arrayContaining([
        [10, 6000, "POS", 0],
        [5, 4000, "STORE", 0],
        [0, 0, "", 3],
        [4, 2800, "POS", 0],
      ]),
    );
  });

  it("snapshot the stock at each day's end: the batch holds 100, 90, 85, 82 after its days", async () => {
    const held = await inShop(
      (tx) =>
        tx.$queryRaw<{ day: Date; units: number }[]>`
        SELECT day, sum(units_on_hand)::int AS units FROM report_daily_stock
         WHERE day >= ${new Date(`${day(-6)}T00:00:00Z`)} GROUP BY day ORDER BY day`,
    );
    // The fixture's 50-unit batch counts from today only (received now); ours from day −6.
    expect(held.map((row) => row.units)).toEqual([100, 100, 90, 85, 82, 82]);
  });

  it("give the dashboard the figures an independent query over the ledger gives", async () => {
    const dashboard = await inShop((tx) =>
      reportDashboard(tx, TZ, { from: day(-6), to: day(-1), warehouseId: null }),
    );
    const [ledger] = await inShop(
      (tx) =>
        tx.$queryRaw<
          { units: number; revenue: number; list: number; cogs: number; written: number; received: number }[]
        >`
        SELECT sum(-m.quantity) FILTER (WHERE m.type = 'SALE')::int AS units,
               sum(m.revenue_fen) FILTER (WHERE m.type = 'SALE')::int AS revenue,
               sum(m.list_value_fen) FILTER (WHERE m.type = 'SALE')::int AS list,
               sum(-m.quantity * p.cost_fen) FILTER (WHERE m.type = 'SALE')::int AS cogs,
               sum(-m.quantity) FILTER (WHERE m.type = 'WRITE_OFF')::int AS written,
               sum(m.quantity) FILTER (WHERE m.type = 'RECEIVE')::int AS received
          FROM stock_movements m JOIN batches b ON b.id = m.batch_id JOIN products p ON p.id = b.product_id
         WHERE m.occurred_at >= ${new Date(`${day(-6)}T00:00:00+08:00`)} AND m.occurred_at < ${new Date(`${TODAY}T00:00:00+08:00`)}`,
    );
    expect(ledger).toEqual({ units: 19, revenue: 12800, list: 15200, cogs: 9500, written: 3, received: 100 });
    expect(dashboard.totals).toMatchObject({
      unitsSold: ledger?.units,
      revenueFen: ledger?.revenue,
      markdownFen: 15200 - 12800,
      cogsFen: ledger?.cogs,
      grossMarginFen: 12800 - 9500,
      writeOffUnits: 3,
      writeOffValueFen: 3 * 500,
      unitsReceived: 100,
      // Nothing on hand the day before (day −7): 19 sold of 0 + 100 received.
      sellThrough: 19 / 100,
    });
    expect(dashboard.channels).toEqual([
      { channel: "POS", unitsSold: 14, revenueFen: 8800, markdownFen: 2400 },
      { channel: "STORE", unitsSold: 5, revenueFen: 4000, markdownFen: 0 },
    ]);
    expect(dashboard.rolledThrough).toBe(day(-1));
  });
});
