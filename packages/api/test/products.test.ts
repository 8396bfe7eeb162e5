import {
  gtinCheckDigit,
  IMPORT_CHUNK_ROWS,
  type ProductValues,
  planCatalogueImport,
  validateProductRows,
} from "@shelfloop/core";
import { createDatabase, type Database, withTenant } from "@shelfloop/db";
import { createMemberFixture, createTenantFixture, type TenantFixture } from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext } from "../src";

const createCaller = createCallerFactory(appRouter);
let db: Database;
let manager: TenantFixture;
let outsider: TenantFixture;
let staffId: string;
let viewerId: string;

const callerAs = (tenantId: string, userId: string) =>
  createCaller(createTRPCContext({ db, session: { userId, tenantId } }));
const managerCaller = () => callerAs(manager.tenantId, manager.userId);

const HEADER = ["SKU", "条码", "名称", "品类", "保质期(天)", "单位", "成本价(元)", "零售价(元)", "状态"];

function gtin13(n: number): string {
  const body = `693${String(n).padStart(9, "0")}`;
  return `${body}${gtinCheckDigit(body)}`;
}

const milk = (overrides: Partial<ProductValues> = {}): ProductValues => ({
  sku: "P-MILK",
  gtin: gtin13(1),
  name: "鲜牛奶 950ml",
  category: "乳制品",
  shelfLifeDays: 14,
  unit: "盒",
  costFen: 1050,
  listPriceFen: 1590,
  active: true,
  ...overrides,
});

/** A chunk as the browser sends it: the file's header and rows numbered from 2 (row 1 is the header). */
const chunkOf = (rows: string[][], firstRow = 2) => ({
  header: HEADER,
  rows: rows.map((cells, index) => ({ row: firstRow + index, cells })),
});

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  // Both tenants' fixture product has the SKU "SKU-shared".
  manager = await createTenantFixture(db, "shared", "MANAGER");
  outsider = await createTenantFixture(db, "shared", "OWNER");
  staffId = (await createMemberFixture(db, manager.tenantId, "STAFF")).userId;
  viewerId = (await createMemberFixture(db, manager.tenantId, "VIEWER")).userId;
});
afterAll(() => db.$disconnect());

describe("creating and editing products", () => {
  it("lets staff create but not edit, viewers neither, and managers edit with an audit trail", async () => {
    await expect(
      callerAs(manager.tenantId, viewerId).product.create(milk({ sku: "P-VIEWER" })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const created = await callerAs(manager.tenantId, staffId).product.create(milk());
    expect(created).toMatchObject({ ...milk(), id: expect.any(String) });
    await expect(
      callerAs(manager.tenantId, staffId).product.update({ ...milk({ listPriceFen: 1 }), id: created.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const updated = await managerCaller().product.update({ ...milk({ listPriceFen: 1490 }), id: created.id });
    expect(updated.listPriceFen).toBe(1490);
    expect(await callerAs(manager.tenantId, viewerId).product.get({ id: created.id })).toEqual(updated);

    const audit = await withTenant(db, { tenantId: manager.tenantId }, (tx) =>
      tx.auditLog.findMany({ where: { entityId: created.id }, orderBy: { createdAt: "asc" } }),
    );
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["product.created", staffId],
      ["product.updated", manager.userId],
    ]);
    expect(audit[1]).toMatchObject({ before: { listPriceFen: 1590 }, after: { listPriceFen: 1490 } });
  });

  it("refuses a GTIN another product has, in any written form, naming that product's SKU", async () => {
    const error = await managerCaller()
      .product.create(milk({ sku: "P-OTHER", gtin: `0${gtin13(1)}` }))
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("P-MILK") });
    expect(error).toMatchObject({ cause: { field: "gtin" } });
    await expect(managerCaller().product.create(milk({ gtin: null }))).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { field: "sku" },
    });
  });

  it("names the invalid field", async () => {
    const error = await managerCaller()
      .product.create(milk({ sku: "P-BAD", gtin: "6930000000012", costFen: 12.5 }))
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    const paths = (error as { cause: { issues: { path: string[]; message: string }[] } }).cause.issues;
    expect(paths.map((issue) => issue.path.join("."))).toEqual(["gtin", "costFen"]);
    expect(paths[0]?.message).toContain("校验位错误");
  });

  it("cannot see or edit another tenant's product", async () => {
    await expect(managerCaller().product.get({ id: outsider.productId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      managerCaller().product.update({ ...milk({ sku: "P-X", gtin: null }), id: outsider.productId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listing products", () => {
  it("searches name, SKU and GTIN, filters category and status, pages in SKU order", async () => {
    const caller = managerCaller();
    expect((await caller.product.list({ search: gtin13(1).slice(3, 10) })).items.map((p) => p.sku)).toEqual([
      "P-MILK",
    ]);
    expect((await caller.product.list({ search: "牛奶" })).total).toBe(2);
    expect((await caller.product.list({ category: "烘焙" })).total).toBe(0);
    expect((await caller.product.list({ active: false })).total).toBe(0);
    const page = await caller.product.list({ pageSize: 1, page: 2 });
    expect(page).toMatchObject({ total: 2, page: 2, items: [{ sku: "SKU-shared" }] });
  });
});

describe("importing the catalogue", () => {
  it("is for managers only", async () => {
    const staff = callerAs(manager.tenantId, staffId);
    await expect(staff.product.importContext()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      staff.product.importChunk(chunkOf([["P-S", "", "名", "类", "1", "", "1", "1", ""]])),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("validates every chunk again on the server and writes only the rows that pass", async () => {
    const result = await managerCaller().product.importChunk(
      chunkOf(
        [
          ["T-OK", "", "好商品", "零食", "180", "袋", "3.50", "5", "启用"],
          ["T-PRICE", "", "价格被改", "零食", "180", "袋", "3.50", "12.345", ""],
          ["T-GTIN", "6930000000012", "校验位被改", "零食", "180", "袋", "3", "5", ""],
          ["T-TAKEN", gtin13(1), "条码已被占用", "零食", "180", "袋", "3", "5", ""],
          ["T-OK", "", "重复的 SKU", "零食", "180", "袋", "3", "5", ""],
        ],
        7,
      ),
    );
    expect(result).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(result.errors.map(({ row, column }) => [row, column])).toEqual([
      [8, "零售价(元)"],
      [9, "条码"],
      [10, "条码"],
      [11, "SKU"],
    ]);
    expect(result.errors.map(({ message }) => message)).toEqual([
      expect.stringContaining("最多保留两位小数"),
      expect.stringContaining("校验位错误"),
      expect.stringContaining("P-MILK"),
      expect.stringContaining("与第 7 行重复"),
    ]);
    const skus = (await managerCaller().product.list({ search: "T-" })).items.map((p) => p.sku);
    expect(skus).toEqual(["T-OK"]);
  });

  it("refuses malformed chunks outright", async () => {
    const caller = managerCaller();
    const row = ["T-BIG", "", "名", "类", "1", "", "1", "1", ""];
    await expect(
      caller.product.importChunk(chunkOf(Array.from({ length: IMPORT_CHUNK_ROWS + 1 }, () => row))),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.product.importChunk({ header: ["SKU", "名称"], rows: [{ row: 2, cells: ["T-H", "名"] }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("缺少必填列") });
    await expect(
      caller.product.importChunk({
        header: HEADER,
        rows: [
          { row: 2, cells: row },
          { row: 2, cells: row },
        ],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("行号") });
  });

  it("treats only the caller's own catalogue as existing", async () => {
    const outsiderCaller = callerAs(outsider.tenantId, outsider.userId);
    const context = await managerCaller().product.importContext();
    expect(context.map((p) => p.id)).not.toContain(outsider.productId);
    const result = await outsiderCaller.product.importChunk(
      chunkOf([["P-MILK", gtin13(1), "鲜牛奶 950ml", "乳制品", "14", "盒", "10.50", "15.90", "启用"]]),
    );
    expect(result).toMatchObject({ created: 1, updated: 0, errors: [] });
  });

  it("writes a 10,000-row file in chunks with exactly the planned creates and updates", async () => {
    const bulk = await createTenantFixture(db, "bulk", "MANAGER");
    const caller = callerAs(bulk.tenantId, bulk.userId);
    const line = (i: number, price: string) => [
      `B-${String(i).padStart(5, "0")}`,
      i % 2 === 0 ? gtin13(100_000 + i) : "",
      `批量商品 ${i}`,
      `品类 ${i % 7}`,
      "90",
      "件",
      "2.00",
      price,
      "启用",
    ];
    const commit = async (rows: string[][]) => {
      const totals = { created: 0, updated: 0, unchanged: 0, errors: 0 };
      for (let start = 0; start < rows.length; start += IMPORT_CHUNK_ROWS) {
        const result = await caller.product.importChunk(
          chunkOf(rows.slice(start, start + IMPORT_CHUNK_ROWS), start + 2),
        );
        totals.created += result.created;
        totals.updated += result.updated;
        totals.unchanged += result.unchanged;
        totals.errors += result.errors.length;
      }
      return totals;
    };
    await commit(Array.from({ length: 2_000 }, (_, i) => line(i, "3.00")));

    // 1,000 repriced, 1,000 as they are, 8,000 new.
    const file = Array.from({ length: 10_000 }, (_, i) => line(i, i < 1_000 ? "3.50" : "3.00"));
    const plan = planCatalogueImport(validateProductRows(HEADER, file), await caller.product.importContext());
    const planned = (action: string) => plan.rows.filter((row) => row.action === action).length;
    expect([planned("create"), planned("update"), planned("unchanged"), plan.errors.length]).toEqual([
      8_000, 1_000, 1_000, 0,
    ]);

    expect(await commit(file)).toEqual({ created: 8_000, updated: 1_000, unchanged: 1_000, errors: 0 });
    const stored = await caller.product.importContext();
    expect(stored).toHaveLength(10_001);
    expect(stored.find((p) => p.sku === "B-00999")).toMatchObject({ listPriceFen: 350, gtin: null });
    expect(stored.find((p) => p.sku === "B-09998")).toMatchObject({
      listPriceFen: 300,
      gtin: gtin13(109_998),
    });
    const imported = await withTenant(db, { tenantId: bulk.tenantId }, (tx) =>
      tx.auditLog.count({ where: { action: "product.imported" } }),
    );
    expect(imported).toBe(11_000);
  });
});

describe("exporting the catalogue", () => {
  it("is open to every member and neutralises formulas", async () => {
    await managerCaller().product.create(
      milk({ sku: "P-EVIL", gtin: null, name: "=cmd|' /C calc'!A0", category: "@SUM(1)" }),
    );
    const { fileName, csv } = await callerAs(manager.tenantId, viewerId).product.exportCsv();
    expect(fileName).toMatch(/^商品目录-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.startsWith("\uFEFFSKU,条码,名称,品类,保质期(天),单位,成本价(元),零售价(元),状态\r\n")).toBe(
      true,
    );
    expect(csv).toContain("\r\nP-EVIL,,'=cmd|' /C calc'!A0,'@SUM(1),14,盒,10.50,15.90,启用\r\n");
    expect(csv).not.toContain(",=cmd");
  });
});
