import { addDays } from "@shelfloop/core";
import { createDatabase, type Database } from "@shelfloop/db";
import { createTenantFixture, type TenantFixture } from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext, handlePosSale } from "../src";
import { posShop, signedRequest, TODAY } from "./pos-fixture";

const createCaller = createCallerFactory(appRouter);
let db: Database;
let shop: TenantFixture;
let helpers: ReturnType<typeof posShop>;
let key: { keyId: string; secret: string };
let yogurt: { id: string };
let bread: { id: string };
let promotionId: string;

/** Noon (Shanghai) `daysAgo` days before today, or another wall-clock time that day. */
const at = (daysAgo: number, time = "12:00") => new Date(`${addDays(TODAY, -daysAgo)}T${time}:00+08:00`);

/** A signed till sale sent at `now` (the till's clock and the server's agree). */
async function sell(idempotencyKey: string, now: Date, sale: unknown) {
  const body = JSON.stringify(sale);
  const response = await handlePosSale(
    signedRequest({
      ...key,
      method: "POST",
      path: "/api/pos/v1/sales",
      body,
      timestamp: now.getTime(),
      headers: { "Idempotency-Key": idempotencyKey },
    }),
    { db, now: () => now },
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const lines = (yogurtQty: number, breadQty: number) => [
  ...(yogurtQty ? [{ productId: yogurt.id, quantity: yogurtQty }] : []),
  ...(breadQty ? [{ productId: bread.id, quantity: breadQty }] : []),
];

const dashboard = (from: string, to: string) =>
  createCaller(
    createTRPCContext({ db, session: { userId: shop.userId, tenantId: shop.tenantId } }),
  ).report.dashboard({ from, to });

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  db = createDatabase(url, 4);
  shop = await createTenantFixture(db, "won");
  helpers = posShop(db, shop);
  key = await helpers.key();
  // 临期酸奶: a batch with 10 units reserved for a ¥6.00 clearance price (list ¥8.00), running for 40 days.
  yogurt = await helpers.product("临期酸奶");
  const promoted = await helpers.batch(yogurt.id, 5, 10);
  const promotion = await helpers.promotion(promoted.id, 10, 600);
  promotionId = promotion.id;
  await helpers.inTenant((tx) =>
    tx.promotion.update({ where: { id: promotion.id }, data: { startsAt: at(40) } }),
  );
  // 面包: regular stock at the ¥8.00 list price.
  bread = await helpers.product("面包");
  await helpers.batch(bread.id, 30, 50);

  const sales: [string, Date, unknown][] = [
    // R first buys bread 25 days ago (before the period), then 1 clearance yogurt 10 days ago: 600.
    ["won-sale-r-1", at(25), { lines: lines(0, 1), customer: "member-R" }],
    ["won-sale-r-2", at(10), { lines: lines(1, 0), customer: "member-R" }],
    // A first buys a clearance yogurt and a bread 18 days ago (1 400, of which 600 clearance),
    // comes back 5 days ago (day 13 of 30) for a bread (800).
    ["won-sale-a-1", at(18), { lines: lines(1, 1), customer: "oA-openid" }],
    ["won-sale-a-2", at(5), { lines: lines(0, 1), customer: "oA-openid" }],
    // B first buys 2 breads 15 days ago (1 600, no clearance), then a clearance yogurt 3 days ago (600).
    ["won-sale-b-1", at(15), { lines: lines(0, 2), customer: "member-B" }],
    ["won-sale-b-2", at(3), { lines: lines(1, 0), customer: "member-B" }],
    // C buys clearance twice two days ago: 1 yogurt at 10:00 (600), 2 at 16:00 (1 200).
    ["won-sale-c-1", at(2, "10:00"), { lines: lines(1, 0), customer: "oC-openid" }],
    ["won-sale-c-2", at(2, "16:00"), { lines: lines(2, 0), customer: "oC-openid" }],
    // An anonymous sale: no identity, not counted.
    ["won-sale-anon-1", at(2, "11:00"), { lines: lines(1, 0) }],
  ];
  for (const [idempotencyKey, now, sale] of sales) {
    const { status, json } = await sell(idempotencyKey, now, sale);
    if (status !== 201) throw new Error(`${idempotencyKey}: ${status} ${JSON.stringify(json)}`);
  }
});
afterAll(() => db.$disconnect());

describe("customers won by clearance", () => {
  it("records one purchase per identified sale with its clearance part", async () => {
    const rows = await helpers.inTenant((tx) =>
      tx.customerPurchase.findMany({ orderBy: { purchasedAt: "asc" } }),
    );
    // Oldest first: R, A, B, R, A, B, C, C; the anonymous sale has none.
    expect(rows.map((row) => row.customer)).toEqual([
      "member-R",
      "oA-openid",
      "member-B",
      "member-R",
      "oA-openid",
      "member-B",
      "oC-openid",
      "oC-openid",
    ]);
    const firstOfA = rows.find((row) => row.customer === "oA-openid");
    expect(firstOfA).toMatchObject({
      channel: "POS",
      purchasedAt: at(18),
      revenueFen: 1_400,
      clearanceRevenueFen: 600,
      promotionIds: [promotionId],
    });
    expect(rows.find((row) => row.customer === "member-B")).toMatchObject({
      revenueFen: 1_600,
      clearanceRevenueFen: 0,
      promotionIds: [],
    });
  });

  it("adds no second purchase when a sale is replayed under the same Idempotency-Key", async () => {
    const replay = await sell("won-sale-c-1", at(2, "10:00"), { lines: lines(1, 0), customer: "oC-openid" });
    expect(replay.status).toBe(200);
    const count = await helpers.inTenant((tx) =>
      tx.customerPurchase.count({ where: { customer: "oC-openid" } }),
    );
    expect(count).toBe(2);
  });

  it("reports new customers, those won by clearance, repeats and the revenue split on the dashboard", async () => {
    const { customersWon } = await dashboard(addDays(TODAY, -20), TODAY);
    // Period: the last 21 days. Active: R, A, B, C = 4. New (first purchase in the period): A, B, C = 3
    // (R first bought 25 days ago). Won by clearance (first purchase had the yogurt): A, C = 2 → 2 ÷ 3.
    // Repeats within 30 days: A (day 13) = 1 → 1 ÷ 2; C's second sale was the same day, so C is still
    // in its 30-day window (to today + 28) = 1.
    // Clearance revenue: returning R 600; new A 600 + B 600 + C 600 + 1 200 = 3 000; total 3 600.
    // Per promotion: A and C won; they spent 1 400 + 800 + 600 + 1 200 = 4 000 in the period.
    expect(customersWon).toEqual({
      activeCustomers: 4,
      newCustomers: 3,
      wonByClearance: 2,
      wonShare: 2 / 3,
      repeatWithin30Days: 1,
      stillInWindow: 1,
      repeatRate: 0.5,
      clearanceRevenue: {
        totalFen: 3_600,
        fromNewFen: 3_000,
        fromReturningFen: 600,
        newShare: 3_000 / 3_600,
      },
      byPromotion: [
        {
          promotionId,
          customersWon: 2,
          repeatWithin30Days: 1,
          stillInWindow: 1,
          revenueFen: 4_000,
          productName: "临期酸奶",
          lotCode: expect.any(String),
          warehouseName: expect.any(String),
        },
      ],
    });
  });

  it("observes repeats only up to the period end", async () => {
    const { customersWon } = await dashboard(addDays(TODAY, -20), addDays(TODAY, -10));
    // 20 to 10 days ago: active R (10 days ago), A, B. New: A, B. Won: A, whose return 5 days ago is
    // past the period: no repeat yet, still in the window. Clearance: R 600 returning, A 600 new.
    expect(customersWon).toMatchObject({
      activeCustomers: 3,
      newCustomers: 2,
      wonByClearance: 1,
      repeatWithin30Days: 0,
      stillInWindow: 1,
      repeatRate: 0,
      clearanceRevenue: { totalFen: 1_200, fromNewFen: 600, fromReturningFen: 600, newShare: 0.5 },
      byPromotion: [{ promotionId, customersWon: 1, revenueFen: 1_400 }],
    });
  });
});
