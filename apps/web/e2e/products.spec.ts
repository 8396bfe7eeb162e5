import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { gtinCheckDigit } from "@shelfloop/core";
import { ADMIN, signIn, sql } from "./support";

// Unique per run, so the spec also passes against a database an earlier run imported into.
const run = String(Date.now()).slice(-6);
const gtin = (n: number) => {
  const body = `6958${run}${String(n).padStart(2, "0")}`;
  return `${body}${gtinCheckDigit(body)}`;
};
// Test data only: the demo's prices are well inside the range where this is exact.
const yuan = (fen: number) => (fen / 100).toFixed(2);
const wrongCheckDigit = (valid: string) => `${valid.slice(0, -1)}${(Number(valid.at(-1)) + 1) % 10}`;

test.beforeEach(async ({ page }) => {
  await signIn(page, ADMIN.login, ADMIN.password);
  await expect(page.getByRole("heading", { name: "库存效期概览" })).toBeVisible();
});

test("a CSV import previews its two bad rows, imports only the valid ones, and they are listed", async ({
  page,
}) => {
  const [milk] = await sql<{
    name: string;
    category: string;
    shelf_life_days: number;
    unit: string;
    cost_fen: number;
    list_price_fen: number;
  }>(
    `SELECT p.name, p.category, p.shelf_life_days, p.unit, p.cost_fen, p.list_price_fen
       FROM products p JOIN tenants t ON t.id = p.tenant_id AND t.slug = 'demo'
      WHERE p.sku = 'SKU-01001'`,
  );
  if (!milk) throw new Error("the demo tenant has no SKU-01001");
  const newPrice = yuan(milk.list_price_fen + 100);
  const sku = (n: number) => `E2E-${run}-${n}`;
  const csv = [
    "SKU,条码,名称,品类,保质期(天),单位,成本价(元),零售价(元)",
    `${sku(1)},${gtin(1)},测试燕麦奶 1L,E2E 饮品,180,盒,8.50,12.90`,
    `${sku(2)},,测试苏打水 330ml,E2E 饮品,365,罐,1.20,2.50`,
    `${sku(3)},${wrongCheckDigit(gtin(3))},测试果汁 1L,E2E 饮品,90,盒,6,9.90`,
    // An existing product repriced (and nothing else): an update.
    `SKU-01001,,${milk.name},${milk.category},${milk.shelf_life_days},${milk.unit},${yuan(milk.cost_fen)},${newPrice}`,
    `${sku(4)},,测试矿泉水 550ml,E2E 饮品,540,瓶,0.80,12.345`,
    `${sku(5)},${gtin(5)},测试椰子水 1L,E2E 饮品,270,盒,9,15`,
    `${sku(6)},,测试柠檬茶 500ml,E2E 饮品,180,瓶,2.10,4.00`,
  ].join("\r\n");
  const file = path.join(mkdtempSync(path.join(tmpdir(), "shelfloop-e2e-")), "商品导入.csv");
  writeFileSync(file, csv);

  await page.getByRole("navigation").getByRole("link", { name: "商品", exact: true }).click();
  await expect(page.getByTestId("product-summary")).toContainText("个商品");
  await page.getByRole("link", { name: "批量导入" }).click();
  await expect(page.getByRole("heading", { name: "导入商品目录" })).toBeVisible();
  // The file is read in a Web Worker; a worker that fails would silently fall back to the page.
  await page.evaluate(() => {
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener("error", () => document.body.setAttribute("data-worker-failed", ""));
      }
    };
  });
  // The input is enabled once the catalogue to compare against has loaded; a file set before is ignored.
  const input = page.getByLabel("选择 .xlsx / .csv 文件");
  await expect(input).toBeEnabled();
  const worker = page.waitForEvent("worker");
  await input.setInputFiles(file);
  await worker;

  await expect(page.getByTestId("import-count-create")).toContainText("4 行");
  await expect(page.getByTestId("import-count-update")).toContainText("1 行");
  await expect(page.getByTestId("import-count-errors")).toContainText("2 行");
  const errors = page.getByTestId("import-errors").getByRole("row");
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toContainText("第 4 行");
  await expect(errors.nth(0)).toContainText("条码");
  await expect(errors.nth(0)).toContainText("校验位错误");
  await expect(errors.nth(1)).toContainText("第 6 行");
  await expect(errors.nth(1)).toContainText("零售价(元)");
  await expect(errors.nth(1)).toContainText("12.345");
  // The update's changed price is highlighted next to the price it replaces.
  const changed = page.getByTestId("import-samples").locator('[data-changed="true"]');
  await expect(changed).toHaveCount(1);
  await expect(changed.filter({ hasText: newPrice })).toContainText(`原：${yuan(milk.list_price_fen)}`);
  await expect(page.locator("body")).not.toHaveAttribute("data-worker-failed");
  await page.screenshot({ path: "test-results/products-import-preview.png", fullPage: true });

  // Nothing is written before the explicit choice.
  const before = await sql(`SELECT 1 FROM products WHERE sku LIKE $1`, [`E2E-${run}-%`]);
  expect(before).toHaveLength(0);
  await page.getByRole("button", { name: "仅导入有效的 5 行" }).click();
  await expect(page.getByTestId("import-summary")).toHaveText("导入完成：新增 4 行，更新 1 行，不变 0 行。");
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "5");
  await page.screenshot({ path: "test-results/products-import-done.png", fullPage: true });

  await page.getByRole("link", { name: "查看商品列表" }).click();
  await page.getByLabel("搜索名称、SKU 或条码").fill(`E2E-${run}`);
  await expect(page.getByTestId("product-summary")).toHaveText("共 4 个商品，第 1/1 页");
  const rows = page.getByTestId("product-rows").getByRole("row");
  await expect(rows).toHaveCount(4);
  for (const n of [1, 2, 5, 6]) await expect(page.getByTestId("product-rows")).toContainText(sku(n));
  await page.screenshot({ path: "test-results/products-list.png", fullPage: true });
  const [repriced] = await sql<{ list_price_fen: number }>(
    `SELECT p.list_price_fen FROM products p JOIN tenants t ON t.id = p.tenant_id AND t.slug = 'demo'
      WHERE p.sku = 'SKU-01001'`,
  );
  expect(repriced?.list_price_fen).toBe(milk.list_price_fen + 100);

  // The export is the catalogue in the import layout, as UTF-8 with a BOM.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出 CSV" }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^商品目录-\d{4}-\d{2}-\d{2}\.csv$/);
  const exported = readFileSync(await saved.path());
  expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(exported.toString("utf8")).toContain(`${sku(6)},,测试柠檬茶 500ml,E2E 饮品,180,瓶,2.10,4.00,启用`);
});

test("an unknown scanned barcode opens a prefilled new product that returns to where it came from", async ({
  page,
}) => {
  const [taken] = await sql<{ gtin: string }>(
    `SELECT p.gtin FROM products p JOIN tenants t ON t.id = p.tenant_id AND t.slug = 'demo'
      WHERE p.sku = 'SKU-01002'`,
  );
  await page.goto(`/products/new?gtin=${taken?.gtin}&returnTo=${encodeURIComponent("/batches")}`);
  await expect(page.getByLabel("条码（GTIN，可空）")).toHaveValue(taken?.gtin ?? "");
  await page.getByLabel("SKU").fill(`E2E-${run}-NEW`);
  await page.getByLabel("名称").fill("扫码新建的豆浆");
  await page.getByLabel("品类").fill("E2E 饮品");
  await page.getByLabel("保质期（天）").fill("180");
  await page.getByLabel("成本价（元）").fill("2.5");
  await page.getByLabel("零售价（元）").fill("3.999");
  await page.getByRole("button", { name: "保存" }).click();
  // Checked in the browser: yuan with more than two decimals never becomes a float.
  await expect(page.locator("#product-listPriceFen-error")).toContainText("最多保留两位小数");

  await page.getByLabel("零售价（元）").fill("3.90");
  await page.getByRole("button", { name: "保存" }).click();
  // Checked on the server: the barcode belongs to another product, named next to the field.
  await expect(page.locator("#product-gtin-error")).toContainText("SKU-01002");
  await page.screenshot({ path: "test-results/products-new-conflict.png", fullPage: true });

  await page.getByLabel("条码（GTIN，可空）").fill(gtin(9));
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/batches$/);
  const [created] = await sql<{ gtin: string; cost_fen: number; list_price_fen: number }>(
    `SELECT gtin, cost_fen, list_price_fen FROM products WHERE sku = $1`,
    [`E2E-${run}-NEW`],
  );
  expect(created).toEqual({ gtin: gtin(9), cost_fen: 250, list_price_fen: 390 });
});
