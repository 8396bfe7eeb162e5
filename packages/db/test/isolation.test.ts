import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, withTenant } from "../src";
import { createTenantFixture, type TenantFixture } from "../src/testing";
import { appDatabase, testDatabaseUrls } from "./env";

let db: Database;
let a: TenantFixture;
let b: TenantFixture;

beforeAll(async () => {
  db = appDatabase();
  a = await createTenantFixture(db, "tenant-a");
  b = await createTenantFixture(db, "tenant-b");
});
afterAll(() => db.$disconnect());

const asB = <T>(work: Parameters<typeof withTenant<T>>[2]) =>
  withTenant(db, { tenantId: b.tenantId, userId: b.userId }, work);

describe("tenant isolation in the database", () => {
  it("runs application queries as a role that is neither superuser nor BYPASSRLS", async () => {
    const [role] = await asB(
      (tx) =>
        tx.$queryRaw<{ rolsuper: boolean; rolbypassrls: boolean }[]>`
        SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it("shows tenant B only its own rows through the ORM", async () => {
    const { products, batches, warehouses } = await asB(async (tx) => ({
      products: await tx.product.findMany(),
      batches: await tx.batch.findMany(),
      warehouses: await tx.warehouse.findMany(),
    }));
    expect(products.map((p) => p.tenantId)).toEqual([b.tenantId]);
    expect(batches.map((x) => x.id)).toEqual([b.batchId]);
    expect(warehouses.map((w) => w.id)).toEqual([b.warehouseId]);
    expect(await asB((tx) => tx.product.findUnique({ where: { id: a.productId } }))).toBeNull();
  });

  it("hides tenant A's rows from a hand-written raw query, even when asked by tenant_id", async () => {
    const rows = await asB((tx) =>
      tx.$queryRawUnsafe<unknown[]>("SELECT * FROM batches WHERE tenant_id = $1::uuid", a.tenantId),
    );
    expect(rows).toEqual([]);
    const counted = await asB((tx) =>
      tx.$queryRawUnsafe<{ count: number }[]>("SELECT count(*)::int AS count FROM products"),
    );
    expect(counted).toEqual([{ count: 1 }]);
  });

  it("lets tenant B neither update nor delete tenant A's rows", async () => {
    const updated = await asB((tx) =>
      tx.$executeRawUnsafe("UPDATE products SET name = 'hacked' WHERE id = $1::uuid", a.productId),
    );
    const deleted = await asB((tx) => tx.batch.deleteMany({ where: { id: a.batchId } }));
    expect(updated).toBe(0);
    expect(deleted.count).toBe(0);
    const stillThere = await withTenant(db, { tenantId: a.tenantId }, (tx) =>
      tx.product.findUniqueOrThrow({ where: { id: a.productId } }),
    );
    expect(stillThere.name).toBe("tenant-a 牛奶");
  });

  it("refuses rows written into tenant A from tenant B", async () => {
    await expect(
      asB((tx) =>
        tx.$executeRawUnsafe(
          "INSERT INTO warehouses (tenant_id, code, name, updated_at) VALUES ($1::uuid, 'X', 'x', now())",
          a.tenantId,
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("refuses a tenant B batch that points at tenant A's product", async () => {
    await expect(
      asB((tx) =>
        tx.batch.create({
          data: {
            tenantId: b.tenantId,
            productId: a.productId,
            warehouseId: b.warehouseId,
            lotCode: "STOLEN",
            productionDate: new Date("2026-11-01T00:00:00Z"),
            expiryDate: new Date("2026-12-01T00:00:00Z"),
            qtyReceived: 1,
            qtyOnHand: 1,
          },
        }),
      ),
    ).rejects.toThrow();
  });

  it("sees nothing at all without a tenant", async () => {
    expect(await withTenant(db, { tenantId: "" }, (tx) => tx.batch.count())).toBe(0);
  });

  it("keeps the stock ledger append-only for the application", async () => {
    await withTenant(db, { tenantId: b.tenantId }, (tx) =>
      tx.stockMovement.create({
        data: { tenantId: b.tenantId, batchId: b.batchId, type: "RECEIVE", quantity: 50 },
      }),
    );
    await expect(
      asB((tx) => tx.$executeRawUnsafe("UPDATE stock_movements SET quantity = 1")),
    ).rejects.toThrow(/permission denied/);
    await expect(asB((tx) => tx.$executeRawUnsafe("DELETE FROM stock_movements"))).rejects.toThrow(
      /permission denied/,
    );
  });
});

describe("row-level security catalogue", () => {
  it("forces RLS with a policy on every table that has a tenant_id", async () => {
    const client = new pg.Client({ connectionString: testDatabaseUrls().adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{
        table: string;
        rls: boolean;
        forced: boolean;
        policies: number;
      }>(`
        SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
               (SELECT count(*)::int FROM pg_policies p WHERE p.tablename = c.relname AND p.schemaname = 'public') AS policies
          FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
         WHERE c.relkind = 'r'
           AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
         ORDER BY 1`);
      expect(rows.length).toBeGreaterThanOrEqual(6);
      for (const row of rows)
        expect(row, row.table).toMatchObject({ rls: true, forced: true, policies: expect.any(Number) });
      expect(rows.filter((row) => row.policies === 0)).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
