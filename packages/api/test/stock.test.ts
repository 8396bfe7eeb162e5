import { addDays, gtinCheckDigit, todayIn } from "@shelfloop/core";
import { createDatabase, type Database, withTenant } from "@shelfloop/db";
import { createMemberFixture, createTenantFixture, type TenantFixture } from "@shelfloop/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCallerFactory, createTRPCContext } from "../src";

const createCaller = createCallerFactory(appRouter);
const GS = "\u001d";
let db: Database;
let shop: TenantFixture;
let staff: { userId: string; tenantId: string };
let viewer: { userId: string; tenantId: string };

const callerFor = (member: { userId: string; tenantId: string }) =>
  createCaller(createTRPCContext({ db, session: { userId: member.userId, tenantId: member.tenantId } }));
const today = () => todayIn("Asia/Shanghai");
/** A calendar date as GS1 writes it: YYMMDD. */
const yymmdd = (date: string) => date.slice(2).replaceAll("-", "");
const withCheckDigit = (body: string) => `${body}${gtinCheckDigit(body)}`;
const unique = () => Math.random().toString(36).slice(2, 8).toUpperCase();

/** A product of the fixture tenant with a barcode, stored exactly as `gtin` is written. */
async function productWithGtin(tenant: TenantFixture, gtin: string, shelfLifeDays = 180) {
  return withTenant(db, { tenantId: tenant.tenantId }, (tx) =>
    tx.product.create({
      data: {
        tenantId: tenant.tenantId,
        sku: `SKU-${unique()}`,
        gtin,
        name: `薯片 ${gtin}`,
        category: "零食",
        shelfLifeDays,
        costFen: 300,
        listPriceFen: 600,
      },
    }),
  );
}

async function memberOf(tenant: TenantFixture, role: "MANAGER" | "STAFF" | "VIEWER") {
  const { userId } = await createMemberFixture(db, tenant.tenantId, role);
  return { userId, tenantId: tenant.tenantId };
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `pnpm test:all`.");
  db = createDatabase(url, Number(process.env.DATABASE_POOL_MAX ?? 4));
  shop = await createTenantFixture(db, "stock", "MANAGER");
  staff = await memberOf(shop, "STAFF");
  viewer = await memberOf(shop, "VIEWER");
});
afterAll(() => db.$disconnect());

describe("receiving by scan", () => {
  it("resolves a GS1 string to the product and its dates, then receives it with expiry and tier", async () => {
    const gtin13 = withCheckDigit(`690${unique().replace(/\D/g, "").padEnd(9, "7").slice(0, 9)}`);
    const product = await productWithGtin(shop, gtin13);
    const expiry = addDays(today(), 100);
    const lot = `L${unique()}`;
    const code = `]C101${gtin13.padStart(14, "0")}17${yymmdd(expiry)}10${lot}${GS}3012`;

    const resolved = await callerFor(staff).stock.resolveScan({ warehouseId: shop.warehouseId, code });
    expect(resolved).toMatchObject({
      scan: { gtin: gtin13.padStart(14, "0"), lot, productionDate: null, expiryDate: expiry },
      quantity: 12,
      product: { id: product.id, gtin: gtin13, shelfLifeDays: 180 },
      preview: {
        ok: true,
        productionDate: addDays(expiry, -180),
        expiryDate: expiry,
        remainingDays: 100,
        expired: false,
        tier: { key: "NORMAL", name: "正常" },
      },
    });

    const received = await callerFor(staff).stock.receive({
      warehouseId: shop.warehouseId,
      productId: product.id,
      lotCode: lot,
      expiryDate: resolved.scan.expiryDate ?? undefined,
      quantity: resolved.quantity,
    });
    expect(received).toMatchObject({ created: true, expiryDate: expiry, remainingDays: 100 });
    expect(received.tier.key).toBe("NORMAL");
    const batch = await callerFor(viewer).batch.get({ id: received.batchId });
    expect(batch).toMatchObject({ lotCode: lot, expiryDate: expiry, qtyOnHand: 12, tierChanges: [] });
    expect(batch.movements).toMatchObject([{ type: "RECEIVE", quantity: 12 }]);
  });

  it("finds a product stored as GTIN-14 from a plain EAN-13 scan, with typed separators accepted", async () => {
    const gtin13 = withCheckDigit("692000000001");
    const product = await productWithGtin(shop, gtin13.padStart(14, "0"));
    const caller = callerFor(staff);
    const plain = await caller.stock.resolveScan({ warehouseId: shop.warehouseId, code: gtin13 });
    expect(plain).toMatchObject({ product: { id: product.id }, scan: { lot: null, expiryDate: null } });
    // Without dates the preview asks for them, against the expiry field.
    expect(plain.preview).toEqual({
      ok: false,
      errors: [{ field: "expiryDate", message: "请填写生产日期或到期日期（至少一个）" }],
    });
    const typed = await caller.stock.resolveScan({
      warehouseId: shop.warehouseId,
      code: `(01)0${gtin13}(10)AB<GS>(11)${yymmdd(today())}`.replaceAll(/[()]/g, ""),
    });
    expect(typed).toMatchObject({
      product: { id: product.id },
      scan: { lot: "AB", productionDate: today() },
    });
  });

  it("answers an unknown GTIN with no product, and an unreadable code with the reason on the field", async () => {
    const caller = callerFor(staff);
    const unknown = await caller.stock.resolveScan({
      warehouseId: shop.warehouseId,
      code: `01${withCheckDigit("0699999999999")}17${yymmdd(addDays(today(), 30))}`,
    });
    expect(unknown).toMatchObject({ product: null, preview: null });
    await expect(
      caller.stock.resolveScan({ warehouseId: shop.warehouseId, code: "]C10106901234567890" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "GTIN 校验位错误：06901234567890（末位应为 2）",
      cause: { field: "code" },
    });
    await expect(
      callerFor(viewer).stock.resolveScan({ warehouseId: shop.warehouseId, code: "1" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses expired goods to staff, and accepts them from a manager with a reason", async () => {
    const expired = {
      warehouseId: shop.warehouseId,
      productId: shop.productId,
      lotCode: `OLD-${unique()}`,
      expiryDate: addDays(today(), -3),
      quantity: 2,
    };
    await expect(callerFor(staff).stock.receive(expired)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("该批次已过期 3 天"),
      cause: { field: "expiryDate" },
    });
    await expect(
      callerFor(staff).stock.receive({ ...expired, managerOverrideReason: "供应商退货待销毁" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "只有经理可以填写原因、收货已过期的商品，请联系经理",
    });
    await expect(
      callerFor(shop).stock.receive({ ...expired, managerOverrideReason: "退货" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { field: "managerOverrideReason" } });

    const received = await callerFor(shop).stock.receive({
      ...expired,
      managerOverrideReason: "供应商退货待销毁",
    });
    expect(received).toMatchObject({ remainingDays: -3, tier: { key: "EXPIRED" } });
    const batch = await callerFor(shop).batch.get({ id: received.batchId });
    expect(batch.movements[0]).toMatchObject({ type: "RECEIVE", reason: "已过期入库：供应商退货待销毁" });
  });

  it("records a lot received near expiry as a tier change and notifies the members at once", async () => {
    const tenant = await createTenantFixture(db, "stock-alert", "MANAGER");
    const clerk = await memberOf(tenant, "STAFF");
    const product = await productWithGtin(tenant, withCheckDigit("690111111111"));
    const received = await callerFor(clerk).stock.receive({
      warehouseId: tenant.warehouseId,
      productId: product.id,
      lotCode: "NEAR-1",
      expiryDate: addDays(today(), 10),
      quantity: 6,
    });
    expect(received).toMatchObject({ remainingDays: 10, tier: { key: "RED", name: "紧急" } });
    const batch = await callerFor(clerk).batch.get({ id: received.batchId });
    expect(batch.tierChanges).toMatchObject([{ fromTier: "NORMAL", toTier: "RED", remainingDays: 10 }]);

    for (const member of [clerk, tenant]) {
      const { items } = await callerFor(member).notification.list();
      expect(items).toContainEqual(
        expect.objectContaining({
          kind: "tier_alert",
          body: expect.stringContaining("紧急 1 批次"),
          link: expect.stringContaining(`tier=RED`),
        }),
      );
    }
  });
});

describe("stock movements", () => {
  it("refuses to sell more than is sellable, in plain words", async () => {
    const tenant = await createTenantFixture(db, "stock-sell", "STAFF");
    const caller = callerFor(tenant);
    const sale = { warehouseId: tenant.warehouseId, productId: tenant.productId };
    await expect(caller.stock.sell({ ...sale, quantity: 51 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "库存不足：可售 50 件，需要 51 件",
    });
    expect(await caller.stock.sell({ ...sale, quantity: 5 })).toMatchObject([
      { batchId: tenant.batchId, quantity: 5 },
    ]);
  });

  it("lets staff adjust and transfer, and only managers write off and quarantine", async () => {
    const tenant = await createTenantFixture(db, "stock-moves", "MANAGER");
    const clerk = callerFor(await memberOf(tenant, "STAFF"));
    const manager = callerFor(tenant);
    const batchId = tenant.batchId;

    await expect(clerk.stock.writeOff({ batchId, quantity: 1, category: "DAMAGED" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      clerk.stock.setQuarantine({ batchId, quarantined: true, reason: "召回" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect(await clerk.stock.adjust({ batchId, delta: -2, note: "=盘点差异" })).toMatchObject({
      qtyOnHand: 48,
    });
    expect(
      await manager.stock.writeOff({ batchId, quantity: 3, category: "DAMAGED", note: "外包装破损" }),
    ).toMatchObject({ qtyOnHand: 45 });
    await expect(
      manager.stock.writeOff({ batchId, quantity: 99, category: "EXPIRED" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "库存不足：可用 45 件，需要 99 件",
    });

    const store = await withTenant(db, { tenantId: tenant.tenantId }, (tx) =>
      tx.warehouse.create({ data: { tenantId: tenant.tenantId, code: "S-2", name: "二号店" } }),
    );
    const [moved] = await clerk.stock.transfer({
      productId: tenant.productId,
      fromWarehouseId: tenant.warehouseId,
      toWarehouseId: store.id,
      batchId,
      quantity: 10,
    });
    expect(moved).toMatchObject({ batchId, quantity: 10 });

    await manager.stock.setQuarantine({ batchId, quarantined: true, reason: "疑似召回" });
    await expect(
      clerk.stock.sell({ warehouseId: tenant.warehouseId, productId: tenant.productId, quantity: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "库存不足：可售 0 件，需要 1 件" });
    await manager.stock.setQuarantine({ batchId, quarantined: false, reason: "已排除" });

    const ledger = await clerk.stock.listMovements({ batchId, type: "WRITE_OFF" });
    expect(ledger).toMatchObject({ total: 1, items: [{ quantity: -3, reason: "DAMAGED: 外包装破损" }] });
    const all = await callerFor(await memberOf(tenant, "VIEWER")).stock.listMovements({
      warehouseId: tenant.warehouseId,
      from: today(),
      to: today(),
    });
    expect(all.items.map((item) => item.type)).toEqual(["TRANSFER_OUT", "WRITE_OFF", "ADJUST"]);

    const { csv, fileName } = await clerk.stock.exportMovements({ batchId });
    expect(fileName).toBe(`库存流水-${today()}.csv`);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/^时间,时间\(UTC\),类型,数量,/);
    expect(lines).toHaveLength(4);
    // The note a spreadsheet would run as a formula is written as text.
    expect(lines.find((line) => line.includes("调整"))).toContain(",'=盘点差异,");
  });
});

describe("receiving from a spreadsheet", () => {
  it("previews row errors with row and column, and receives only the valid rows when asked", async () => {
    const tenant = await createTenantFixture(db, "stock-csv", "STAFF");
    const caller = callerFor(tenant);
    const file = {
      warehouseId: tenant.warehouseId,
      header: ["商品编码", "批号", "生产日期", "有效期至", "数量"],
      rows: [
        [`SKU-stock-csv`, "CSV-1", "", addDays(today(), 60), "24"],
        ["NO-SUCH-SKU", "CSV-2", "", addDays(today(), 60), "1"],
        ["SKU-stock-csv", "CSV-3", "", addDays(today(), -1), "1"],
        ["SKU-stock-csv", "CSV-4", "2026-13-01", "", "1"],
        ["SKU-stock-csv", "CSV-1", "", addDays(today(), 61), "2"],
      ],
      fileName: "到货单.xlsx",
    };
    const preview = await caller.stock.receiveCsv({ ...file, mode: "preview" });
    expect(preview).toMatchObject({ mode: "preview", fileErrors: [] });
    if (preview.mode !== "preview") throw new Error("expected a preview");
    expect(preview.rows).toMatchObject([
      { row: 2, lotCode: "CSV-1", quantity: 24, remainingDays: 60, tier: { key: "NORMAL" } },
    ]);
    expect(preview.errors).toEqual([
      { row: 3, column: "商品编码", message: "商品目录中没有 SKU「NO-SUCH-SKU」，请先新建商品" },
      { row: 4, column: "有效期至", message: expect.stringContaining("该批次已过期 1 天") },
      { row: 5, column: "生产日期", message: "日期不存在：「2026-13-01」" },
      {
        row: 6,
        column: "批号",
        message: expect.stringContaining("批号 CSV-1 与第 2 行的同一批号日期不一致"),
      },
    ]);

    await expect(caller.stock.receiveCsv({ ...file, mode: "commit" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "文件中有 4 行有错误，未收货；请修正后重新上传，或选择仅收货有效的行",
    });
    const committed = await caller.stock.receiveCsv({ ...file, mode: "commit", onlyValidRows: true });
    expect(committed).toMatchObject({
      mode: "commit",
      skippedRows: 4,
      received: [{ row: 2, created: true }],
    });
    const ledger = await caller.stock.listMovements({ productId: tenant.productId, type: "RECEIVE" });
    expect(ledger.items).toMatchObject([
      { lotCode: "CSV-1", quantity: 24, referenceType: "RECEIPT_FILE", referenceId: "到货单.xlsx" },
    ]);
  });
});
