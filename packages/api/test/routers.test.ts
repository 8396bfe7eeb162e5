import { createDatabase, type Database } from "@shelfloop/db";
import { createTenantFixture, type TenantFixture } from "@shelfloop/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext } from "../src";

const createCaller = createCallerFactory(appRouter);
let db: Database;
let a: TenantFixture;
let b: TenantFixture;

const callerFor = (member: TenantFixture | null) =>
  createCaller(
    createTRPCContext({ db, session: member && { userId: member.userId, tenantId: member.tenantId } }),
  );

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  a = await createTenantFixture(db, "api-a");
  b = await createTenantFixture(db, "api-b", "VIEWER");
});
afterAll(() => db.$disconnect());

describe("procedures", () => {
  it("refuse callers without a session", async () => {
    await expect(callerFor(null).batch.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuse a session whose tenant the user does not belong to", async () => {
    const forged = createCaller(
      createTRPCContext({ db, session: { userId: b.userId, tenantId: a.tenantId } }),
    );
    await expect(forged.batch.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("list only the caller's tenant's batches, with remaining days in the tenant's timezone", async () => {
    const page = await callerFor(a).batch.list({});
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      id: a.batchId,
      expiryDate: a.expiryDate,
      qtyOnHand: 50,
      valueAtCostFen: 25_000,
    });
    expect(page.items[0]).toMatchObject({ remainingDays: 8, percentLeft: 57 });
  });

  it("filter by search, category, warehouse and band", async () => {
    const caller = callerFor(a);
    expect((await caller.batch.list({ search: "lot-api-a" })).total).toBe(1);
    expect((await caller.batch.list({ search: "no such thing" })).total).toBe(0);
    expect((await caller.batch.list({ category: "烘焙" })).total).toBe(0);
    expect((await caller.batch.list({ warehouseId: b.warehouseId })).total).toBe(0);
    const band = (await caller.batch.list({})).items[0]?.band;
    expect((await caller.batch.list({ band })).total).toBe(1);
    expect((await caller.batch.list({ band: band === "FRESH" ? "EXPIRED" : "FRESH" })).total).toBe(0);
  });

  it("total stock by band for the caller's tenant only", async () => {
    const { bands } = await callerFor(a).dashboard.getStockByBand({});
    expect(bands.reduce((sum, band) => sum + band.batches, 0)).toBe(1);
    expect(bands.reduce((sum, band) => sum + band.valueAtCostFen, 0)).toBe(25_000);
  });

  it("reject malformed input with the field named, before touching the database", async () => {
    const error = await callerFor(a)
      .batch.list({ pageSize: 1000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(String((error as TRPCError).message)).toMatch(/pageSize/);
  });

  it("tell the member who they are and where", async () => {
    const current = await callerFor(b).tenant.current();
    expect(current).toMatchObject({ tenantId: b.tenantId, role: "VIEWER", timezone: "Asia/Shanghai" });
  });
});
