import { addDays, DEFAULT_TIER_POLICY, tierOf } from "@shelfloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, retierTenantById, tenantsForJobs, withTenant } from "../src";
import { createTenantFixture, type TenantFixture } from "../src/testing";
import { appDatabase } from "./env";

let db: Database;
let shop: TenantFixture;
let other: TenantFixture;
// Instants in Shanghai (UTC+8, no DST) relative to the fixture batch's expiry date.
const shanghai = (date: string, time: string) => new Date(`${date}T${time}+08:00`);
let NOW: Date; // 10:00 three days before expiry

beforeAll(async () => {
  db = appDatabase();
  shop = await createTenantFixture(db, "tiering");
  other = await createTenantFixture(db, "tiering-other");
  NOW = shanghai(addDays(shop.expiryDate, -3), "10:00:00");
});
afterAll(() => db.$disconnect());

const asShop = <T>(work: Parameters<typeof withTenant<T>>[2]) =>
  withTenant(db, { tenantId: shop.tenantId }, work);

describe("tiering", () => {
  it("moves a batch to its tier once, records the change, and is idempotent", async () => {
    const expected = tierOf(DEFAULT_TIER_POLICY, { remainingDays: 3, shelfLifeDays: 14 });
    expect(expected).not.toBe("NORMAL");

    const first = await retierTenantById(db, shop.tenantId, NOW);
    expect(first).toEqual([
      { batchId: shop.batchId, fromTier: "NORMAL", toTier: expected, remainingDays: 3 },
    ]);
    expect(await retierTenantById(db, shop.tenantId, NOW)).toEqual([]);
    expect(
      await retierTenantById(db, shop.tenantId, shanghai(addDays(shop.expiryDate, -3), "11:00:00")),
    ).toEqual([]);

    const history = await asShop((tx) => tx.batchTierChange.findMany({ where: { batchId: shop.batchId } }));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ fromTier: "NORMAL", toTier: expected, remainingDays: 3 });
    expect(await asShop((tx) => tx.batch.findUniqueOrThrow({ where: { id: shop.batchId } }))).toMatchObject({
      tier: expected,
    });
  });

  it("touches only the tenant it runs for", async () => {
    const untouched = await withTenant(db, { tenantId: other.tenantId }, (tx) =>
      tx.batch.findUniqueOrThrow({ where: { id: other.batchId } }),
    );
    expect(untouched.tier).toBe("NORMAL");
  });

  it("expires a batch the day after its expiry date, in the tenant's timezone", async () => {
    // Midnight after the expiry date, Shanghai time, is the first moment the batch is expired.
    const lastDay = await retierTenantById(db, shop.tenantId, shanghai(shop.expiryDate, "23:59:59"));
    expect(lastDay.map((change) => change.toTier)).not.toContain("EXPIRED");
    const changes = await retierTenantById(
      db,
      shop.tenantId,
      shanghai(addDays(shop.expiryDate, 1), "00:00:00"),
    );
    expect(changes).toMatchObject([{ batchId: shop.batchId, toTier: "EXPIRED", remainingDays: -1 }]);
  });

  it("lists every tenant for the scheduler, although RLS hides tenants from a session without one", async () => {
    const ids = (await tenantsForJobs(db)).map((tenant) => tenant.id);
    expect(ids).toEqual(expect.arrayContaining([shop.tenantId, other.tenantId]));
  });
});

describe("selling expired stock", () => {
  it("is refused by the database, whatever code path records the sale", async () => {
    // Sellable until the end of the expiry date, Shanghai time; refused from the next midnight.
    const sale = (occurredAt: Date) =>
      asShop((tx) =>
        tx.stockMovement.create({
          data: { tenantId: shop.tenantId, batchId: shop.batchId, type: "SALE", quantity: -1, occurredAt },
        }),
      );
    await expect(sale(shanghai(shop.expiryDate, "23:59:00"))).resolves.toMatchObject({ quantity: -1 });
    await expect(sale(shanghai(addDays(shop.expiryDate, 1), "00:00:00"))).rejects.toThrow(
      /批次已过期，不能销售/,
    );
  });
});
