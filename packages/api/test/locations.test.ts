import { addDays, todayIn } from "@shelfloop/core";
import { createDatabase, type Database, withTenant } from "@shelfloop/db";
import { createMemberFixture, createTenantFixture, type TenantFixture } from "@shelfloop/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext } from "../src";

const createCaller = createCallerFactory(appRouter);
let db: Database;
let shop: TenantFixture;
let staff: { userId: string; tenantId: string };
let viewer: { userId: string; tenantId: string };
let secondWarehouseId: string;

const callerFor = (member: { userId: string; tenantId: string }) =>
  createCaller(createTRPCContext({ db, session: { userId: member.userId, tenantId: member.tenantId } }));
const owner = () => callerFor(shop);
const today = () => todayIn("Asia/Shanghai");
const unique = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const asShop = <T>(work: Parameters<typeof withTenant<T>>[2]) =>
  withTenant(db, { tenantId: shop.tenantId }, work);

/** The refusal a call ends with: its tRPC code and the form field it blames. */
async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const cause = (error as TRPCError).cause as { field?: string } | undefined;
  return { code: (error as TRPCError).code, message: (error as TRPCError).message, field: cause?.field };
}

async function newLocation(code: string, options: { warehouseId?: string; isClearanceZone?: boolean } = {}) {
  return owner().location.create({
    warehouseId: options.warehouseId ?? shop.warehouseId,
    code: `${code}-${unique()}`,
    isClearanceZone: options.isClearanceZone ?? false,
  });
}

async function receive(options: { locationId?: string; expiresIn?: number; quantity?: number } = {}) {
  return callerFor(staff).stock.receive({
    warehouseId: shop.warehouseId,
    productId: shop.productId,
    productionDate: addDays(today(), -10),
    expiryDate: addDays(today(), options.expiresIn ?? 4),
    quantity: options.quantity ?? 10,
    lotCode: `L${unique()}`,
    ...(options.locationId ? { locationId: options.locationId } : {}),
  });
}

async function ledgerOf(batchId: string) {
  return asShop(async (tx) => {
    const batch = await tx.batch.findUniqueOrThrow({ where: { id: batchId } });
    const movements = await tx.stockMovement.findMany({
      where: { batchId },
      orderBy: [{ occurredAt: "asc" }, { quantity: "asc" }],
    });
    return { batch, movements, sum: movements.reduce((total, m) => total + m.quantity, 0) };
  });
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  shop = await createTenantFixture(db, "locations", "OWNER");
  staff = { userId: (await createMemberFixture(db, shop.tenantId, "STAFF")).userId, tenantId: shop.tenantId };
  viewer = {
    userId: (await createMemberFixture(db, shop.tenantId, "VIEWER")).userId,
    tenantId: shop.tenantId,
  };
  const second = await owner().warehouse.save({
    code: "LOC-2",
    name: "二号店",
    address: null,
    timezone: null,
  });
  secondWarehouseId = second.id;
});
afterAll(() => db.$disconnect());

describe("locations", () => {
  it("creates codes upper-cased, unique per warehouse, and lets viewers list but not write", async () => {
    const code = `a-03-${unique().toLowerCase()}`;
    const created = await owner().location.create({ warehouseId: shop.warehouseId, code, name: "三号货架" });
    expect(created.code).toBe(code.toUpperCase());
    expect(
      await refusal(owner().location.create({ warehouseId: shop.warehouseId, code: code.toUpperCase() })),
    ).toMatchObject({ code: "CONFLICT", message: "库位编码已存在", field: "code" });
    // The same code in another warehouse is another location.
    await owner().location.create({ warehouseId: secondWarehouseId, code });
    await expect(owner().location.create({ warehouseId: shop.warehouseId, code: "A_03" })).rejects.toThrow(
      /库位编码/,
    );

    const listed = await callerFor(viewer).location.list({ warehouseId: shop.warehouseId });
    expect(listed.map((l) => l.id)).toContain(created.id);
    expect(
      (await refusal(callerFor(staff).location.create({ warehouseId: shop.warehouseId, code: "Z-9" }))).code,
    ).toBe("FORBIDDEN");

    const updated = await owner().location.update({
      id: created.id,
      code: created.code,
      isClearanceZone: true,
    });
    expect(updated).toMatchObject({ isClearanceZone: true, name: null });
  });

  it("refuses to archive a location while a batch with stock sits there", async () => {
    const location = await newLocation("AR");
    const received = await receive({ locationId: location.id });
    expect(await refusal(owner().location.archive({ id: location.id }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    const other = await newLocation("AR2");
    await callerFor(staff).stock.moveLocation({ batchId: received.batchId, locationId: other.id });
    const archived = await owner().location.archive({ id: location.id });
    expect(archived.archivedAt).not.toBeNull();
  });
});

describe("receiving into a location", () => {
  it("puts the batch there, shown on the batch list and detail", async () => {
    const location = await newLocation("RC");
    const received = await receive({ locationId: location.id });
    const detail = await callerFor(viewer).batch.get({ id: received.batchId });
    expect(detail.location).toMatchObject({ id: location.id, code: location.code });
    const list = await callerFor(viewer).batch.list({ search: detail.lotCode });
    expect(list.items[0]?.locationCode).toBe(location.code);
  });

  it("takes an optional 库位 column in a receiving file", async () => {
    const location = await newLocation("CSV");
    const { sku } = await owner().product.get({ id: shop.productId });
    const header = ["SKU", "批号", "生产日期", "到期日期", "数量", "库位"];
    const row = (lot: string, code: string) => [
      sku,
      lot,
      addDays(today(), -3),
      addDays(today(), 20),
      "2",
      code,
    ];
    const [good, bad] = [`C${unique()}`, `C${unique()}`];
    const rows = [row(good, location.code.toLowerCase()), row(bad, "NO-SUCH-9")];
    const preview = await callerFor(staff).stock.receiveCsv({
      warehouseId: shop.warehouseId,
      header,
      rows,
      mode: "preview",
    });
    if (preview.mode !== "preview") throw new Error("expected a preview");
    expect(preview.warnings).toEqual([]);
    expect(preview.rows.map((r) => r.location?.code)).toEqual([location.code]);
    expect(preview.errors).toMatchObject([{ row: 3, column: "库位" }]);
    const committed = await callerFor(staff).stock.receiveCsv({
      warehouseId: shop.warehouseId,
      header,
      rows,
      mode: "commit",
      onlyValidRows: true,
    });
    if (committed.mode !== "commit") throw new Error("expected a commit");
    const batchId = committed.received[0]?.batchId ?? "";
    expect((await callerFor(viewer).batch.get({ id: batchId })).location?.id).toBe(location.id);
  });

  it("refuses a location of another warehouse or an archived one, naming the field", async () => {
    const elsewhere = await newLocation("EL", { warehouseId: secondWarehouseId });
    expect(await refusal(receive({ locationId: elsewhere.id }))).toMatchObject({
      code: "BAD_REQUEST",
      field: "locationId",
    });
    const archived = await newLocation("OLD");
    await owner().location.archive({ id: archived.id });
    expect(await refusal(receive({ locationId: archived.id }))).toMatchObject({
      code: "BAD_REQUEST",
      field: "locationId",
    });
  });
});

describe("moving a batch to another location", () => {
  it("writes a net-zero TRANSFER_OUT/TRANSFER_IN pair: on hand and received unchanged, the ledger reconciles", async () => {
    const from = await newLocation("A-01");
    const to = await newLocation("B-02");
    const received = await receive({ locationId: from.id, quantity: 7 });
    const before = await ledgerOf(received.batchId);
    const moved = await callerFor(staff).stock.moveLocation({ batchId: received.batchId, locationId: to.id });
    expect(moved).toMatchObject({ locationCode: to.code, qtyOnHand: before.batch.qtyOnHand });

    const after = await ledgerOf(received.batchId);
    expect(after.batch).toMatchObject({
      locationId: to.id,
      qtyOnHand: before.batch.qtyOnHand,
      qtyReceived: before.batch.qtyReceived,
      qtyReserved: before.batch.qtyReserved,
      status: before.batch.status,
    });
    expect(after.sum).toBe(after.batch.qtyOnHand);
    const pair = after.movements.filter((m) => m.referenceType === "LOCATION_MOVE");
    expect(pair.map((m) => [m.type, m.quantity])).toEqual([
      ["TRANSFER_OUT", -before.batch.qtyOnHand],
      ["TRANSFER_IN", before.batch.qtyOnHand],
    ]);
    for (const m of pair) {
      expect(m).toMatchObject({ reason: `库位 ${from.code} → ${to.code}`, referenceType: "LOCATION_MOVE" });
    }
    expect(pair[0]?.referenceId).toBe(pair[1]?.referenceId);
    const audit = await asShop((tx) =>
      tx.auditLog.findFirst({ where: { entityId: received.batchId, action: "batch.location_moved" } }),
    );
    expect(audit).not.toBeNull();
  });

  it("refuses a location of another warehouse, and moves an empty batch without ledger rows", async () => {
    const elsewhere = await newLocation("X", { warehouseId: secondWarehouseId });
    const received = await receive();
    expect(
      await refusal(
        callerFor(staff).stock.moveLocation({ batchId: received.batchId, locationId: elsewhere.id }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", field: "locationId" });

    const detail = await callerFor(viewer).batch.get({ id: received.batchId });
    await owner().stock.writeOff({
      batchId: received.batchId,
      quantity: detail.qtyOnHand,
      category: "DAMAGED",
    });
    const before = await ledgerOf(received.batchId);
    const target = await newLocation("EMPTY");
    await callerFor(staff).stock.moveLocation({ batchId: received.batchId, locationId: target.id });
    const after = await ledgerOf(received.batchId);
    expect(after.movements).toHaveLength(before.movements.length);
    expect(after.batch.locationId).toBe(target.id);
    expect(after.sum).toBe(0);
  });

  it("is refused to viewers", async () => {
    const received = await receive();
    const target = await newLocation("V");
    expect(
      (
        await refusal(
          callerFor(viewer).stock.moveLocation({ batchId: received.batchId, locationId: target.id }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });
});

describe("picking list", () => {
  it("draws by FEFO and lists the batches in location-code order", async () => {
    const tenant = await createTenantFixture(db, "picking", "OWNER");
    const own = callerFor(tenant);
    const [zeta, alpha] = [
      await own.location.create({ warehouseId: tenant.warehouseId, code: "Z-01" }),
      await own.location.create({ warehouseId: tenant.warehouseId, code: "A-01" }),
    ];
    // The fixture's batch (50 units, expiring in 8 days) has no location.
    const lot = (expiresIn: number, locationId: string) =>
      own.stock.receive({
        warehouseId: tenant.warehouseId,
        productId: tenant.productId,
        productionDate: addDays(today(), -5),
        expiryDate: addDays(today(), expiresIn),
        quantity: 5,
        lotCode: `P${unique()}`,
        locationId,
      });
    const soonest = await lot(2, zeta.id);
    const next = await lot(3, alpha.id);
    await lot(30, alpha.id);

    const list = await own.stock.pickList({
      warehouseId: tenant.warehouseId,
      productId: tenant.productId,
      quantity: 12,
    });
    expect(list).toMatchObject({ requested: 12, short: 0 });
    expect(list.lines.map((l) => [l.locationCode, l.batchId, l.quantity])).toEqual([
      ["A-01", next.batchId, 5],
      ["Z-01", soonest.batchId, 5],
      [null, tenant.batchId, 2],
    ]);
    const short = await own.stock.pickList({
      warehouseId: tenant.warehouseId,
      productId: tenant.productId,
      quantity: 1000,
    });
    expect(short.short).toBe(1000 - short.available);
  });
});

describe("临期专区 tasks", () => {
  it("lists alert-tier batches outside the zone, newest tier change first; moving one in removes it", async () => {
    const tenant = await createTenantFixture(db, "zone", "OWNER");
    const own = callerFor(tenant);
    const empty = await own.location.zoneTasks({ warehouseId: tenant.warehouseId });
    expect(empty.zones).toEqual([]);

    const shelf = await own.location.create({ warehouseId: tenant.warehouseId, code: "A-01" });
    const zone = await own.location.create({
      warehouseId: tenant.warehouseId,
      code: "Z-1",
      isClearanceZone: true,
    });
    const lot = (expiresIn: number) =>
      own.stock.receive({
        warehouseId: tenant.warehouseId,
        productId: tenant.productId,
        productionDate: addDays(today(), -20),
        expiryDate: addDays(today(), expiresIn),
        quantity: 4,
        lotCode: `Z${unique()}`,
        locationId: shelf.id,
      });
    const urgent = await lot(1);
    const later = await lot(2);
    const fresh = await lot(200);
    expect(urgent.tier.key).not.toBe("NORMAL");
    expect(fresh.tier.key).toBe("NORMAL");
    // The later lot's tier changed last.
    await withTenant(db, { tenantId: tenant.tenantId }, (tx) =>
      tx.batch.update({
        where: { id: later.batchId },
        data: { tierChangedAt: new Date(Date.now() + 60_000) },
      }),
    );

    const tasks = await own.location.zoneTasks({ warehouseId: tenant.warehouseId });
    expect(tasks.zones.map((z) => z.code)).toEqual(["Z-1"]);
    const ids = tasks.tasks.map((t) => t.batchId);
    expect(ids.indexOf(later.batchId)).toBeLessThan(ids.indexOf(urgent.batchId));
    expect(ids).toContain(urgent.batchId);
    expect(ids).not.toContain(fresh.batchId);
    expect(tasks.tasks.find((t) => t.batchId === urgent.batchId)?.locationCode).toBe("A-01");

    await own.stock.moveLocation({ batchId: urgent.batchId, locationId: zone.id });
    const after = await own.location.zoneTasks({ warehouseId: tenant.warehouseId });
    expect(after.tasks.map((t) => t.batchId)).not.toContain(urgent.batchId);
    expect(after.tasks.map((t) => t.batchId)).toContain(later.batchId);
  });
});
