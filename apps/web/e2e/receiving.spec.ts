import { expect, test } from "@playwright/test";
import { addDays, gtinCheckDigit, todayIn } from "@shelfloop/core";
import { defaultTierName, longShelfLifeProduct, MANAGER, signIn, sql } from "./support";

const GS = "\u001d";

test.beforeEach(async ({ page }) => {
  await signIn(page, MANAGER.login, MANAGER.password);
  await expect(page.getByRole("heading", { name: "库存效期概览" })).toBeVisible();
});

test("a manager scans a GS1 code, receives the lot near expiry and finds it on the batch page", async ({
  page,
}) => {
  const product = await longShelfLifeProduct();
  const [warehouse] = await sql<{ id: string; name: string }>(
    `SELECT w.id, w.name FROM warehouses w JOIN tenants t ON t.id = w.tenant_id AND t.slug = 'demo'
      WHERE w.archived_at IS NULL ORDER BY w.code DESC LIMIT 1`,
  );
  if (!warehouse) throw new Error("the demo tenant has no product with a GTIN or no warehouse");
  // Dates relative to today in the tenant's timezone, so the test means the same on any day.
  const expiry = addDays(todayIn("Asia/Shanghai"), 20);
  const tier = defaultTierName(20, product.shelf_life_days);
  expect(tier).not.toBe("正常");
  const lot = `E2E${Date.now().toString(36).toUpperCase()}`;
  // GS1-128 as a scanner sends it: symbology identifier, (01) GTIN-14, (10) lot ended by FNC1, (17) expiry.
  const code = `]C101${product.gtin.padStart(14, "0")}10${lot}${GS}17${expiry.slice(2).replaceAll("-", "")}`;

  await page.getByRole("navigation").getByRole("link", { name: "收货", exact: true }).click();
  await page.getByLabel("收货仓库").selectOption(warehouse.id);
  await expect(page).toHaveURL(new RegExp(`warehouse=${warehouse.id}`));
  const scanField = page.getByLabel("扫码或粘贴条码");
  await expect(scanField).toBeFocused();
  await scanField.fill(code);
  await scanField.press("Enter");

  await expect(page.getByTestId("receipt-product")).toContainText(product.name);
  await expect(page.getByLabel("批号")).toHaveValue(lot);
  await expect(page.getByLabel("到期日期")).toHaveValue(expiry);
  const outcome = page.getByTestId("receipt-outcome");
  await expect(outcome).toContainText(`到期 ${expiry}`);
  await expect(outcome).toContainText("20 天");
  await expect(outcome).toContainText(tier);
  await page.screenshot({ path: "test-results/receiving-scanned.png", fullPage: true });
  await page.getByRole("button", { name: "确认收货" }).click();

  const row = page.getByTestId("received-rows").getByRole("row").filter({ hasText: lot });
  await expect(row).toContainText(product.name);
  await expect(row).toContainText(expiry);
  await expect(row).toContainText("20 天");
  await expect(row).toContainText(tier);
  // Ready for the next scan.
  await expect(scanField).toHaveValue("");
  await expect(scanField).toBeFocused();
  await page.screenshot({ path: "test-results/receiving.png", fullPage: true });

  await row.getByRole("link", { name: "查看批次" }).click();
  await expect(page.getByText(`批号 ${lot} · ${warehouse.name}`)).toBeVisible();
  await expect(page.getByText(`到期 ${expiry}`)).toBeVisible();
  await expect(page.getByTestId("batch-remaining")).toHaveText("20");
  await expect(page.getByTestId("batch-tier")).toHaveText(tier);
  await expect(page.getByTestId("tier-history")).toContainText(`正常 → ${tier}`);

  // Writing off more than is there is refused in plain words, and nothing changes.
  await page.getByRole("button", { name: "报损" }).click();
  const writeOff = page.getByRole("form", { name: "报损" });
  await writeOff.getByLabel("数量").fill("5");
  await writeOff.getByRole("button", { name: "确认" }).click();
  await expect(writeOff.getByRole("alert")).toHaveText(
    `库存不足：可用 1 ${product.unit}，需要 5 ${product.unit}`,
  );
  await page.screenshot({ path: "test-results/batch-actions.png", fullPage: true });

  // The receipt is in the ledger, filtered by type.
  await page.getByRole("navigation").getByRole("link", { name: "库存流水" }).click();
  await page.getByRole("button", { name: "全部类型" }).click();
  await page.getByRole("option", { name: "入库" }).click();
  await expect(page).toHaveURL(/type=RECEIVE/);
  await expect(page.getByTestId("ledger-rows").getByRole("row").first()).toContainText(lot);
  await page.screenshot({ path: "test-results/ledger.png" });
});

test("an unknown barcode offers to create the product, and an unreadable one says why", async ({ page }) => {
  const [warehouse] = await sql<{ id: string }>(
    `SELECT w.id FROM warehouses w JOIN tenants t ON t.id = w.tenant_id AND t.slug = 'demo'
      WHERE w.archived_at IS NULL ORDER BY w.code LIMIT 1`,
  );
  const unknown = `200000${Date.now() % 1_000_000}`.padEnd(12, "0").slice(0, 12);
  const gtin = `${unknown}${gtinCheckDigit(unknown)}`;
  await page.goto(`/receiving?warehouse=${warehouse?.id}`);
  const scanField = page.getByLabel("扫码或粘贴条码");

  await scanField.fill("(01)06901234567890(17)261301");
  await scanField.press("Enter");
  await expect(page.getByText("GTIN 校验位错误：06901234567890（末位应为 2）")).toBeVisible();

  await scanField.fill(`(01)0${gtin}<GS>(10)X1`);
  await scanField.press("Enter");
  await expect(page.getByText(`商品目录中没有条码 ${gtin} 的商品。`)).toBeVisible();
  await expect(page.getByRole("link", { name: "新建商品" })).toHaveAttribute(
    "href",
    `/products/new?gtin=${gtin}&returnTo=${encodeURIComponent(`/receiving?warehouse=${warehouse?.id}`)}`,
  );
});

test("a lot without a barcode is typed in, its expiry derived from the shelf life", async ({ page }) => {
  const [product] = await sql<{ sku: string; name: string; shelf_life_days: number }>(
    `SELECT p.sku, p.name, p.shelf_life_days FROM products p JOIN tenants t ON t.id = p.tenant_id AND t.slug = 'demo'
      WHERE p.shelf_life_days >= 180 ORDER BY p.sku DESC LIMIT 1`,
  );
  if (!product) throw new Error("the demo tenant has no long-life product");
  const produced = addDays(todayIn("Asia/Shanghai"), -10);
  const expiry = addDays(produced, product.shelf_life_days);
  const lot = `M${Date.now().toString(36).toUpperCase()}`;
  await page.goto("/receiving");
  await page.getByLabel("收货仓库").selectOption({ index: 1 });
  await page.getByRole("tab", { name: "手工录入" }).click();
  await page.getByLabel("搜索商品（名称或 SKU）").fill(product.sku);
  await page.getByLabel("商品", { exact: true }).selectOption({ label: `${product.sku} ${product.name}` });
  await page.getByLabel("批号").fill(lot);
  await page.getByLabel("生产日期", { exact: true }).fill(produced);
  await page.getByLabel("数量").fill("3");
  await expect(page.getByTestId("receipt-outcome")).toContainText(`到期 ${expiry}（按保质期推算）`);
  await page.screenshot({ path: "test-results/receiving-manual.png", fullPage: true });
  await page.getByRole("button", { name: "确认收货" }).click();
  const row = page.getByTestId("received-rows").getByRole("row").filter({ hasText: lot });
  await expect(row).toContainText(expiry);
  await expect(row).toContainText(`${product.shelf_life_days - 10} 天`);
});

test("a spreadsheet is checked row by row before its valid rows are received", async ({ page }) => {
  const [product] = await sql<{ sku: string }>(
    `SELECT p.sku FROM products p JOIN tenants t ON t.id = p.tenant_id AND t.slug = 'demo' ORDER BY p.sku LIMIT 1`,
  );
  const expiry = addDays(todayIn("Asia/Shanghai"), 60);
  const lot = `C${Date.now().toString(36).toUpperCase()}`;
  const csv = [
    "SKU,批号,到期日期,数量",
    `${product?.sku},${lot},${expiry},12`,
    `NO-SUCH-SKU,${lot},${expiry},1`,
    `${product?.sku},${lot}-2,2026-02-30,1`,
  ].join("\r\n");
  await page.goto("/receiving");
  await page.getByLabel("收货仓库").selectOption({ index: 1 });
  await page.getByRole("tab", { name: "从 CSV 导入" }).click();
  await page.getByLabel("选择 .xlsx / .csv 文件").setInputFiles({
    name: "到货单.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await expect(page.getByTestId("csv-counts")).toHaveText("可收货 1 行有错误 2 行");
  const errors = page.getByTestId("import-errors");
  await expect(errors.getByRole("row").nth(0)).toContainText("第 3 行SKU商品目录中没有 SKU「NO-SUCH-SKU」");
  await expect(errors.getByRole("row").nth(1)).toContainText("第 4 行到期日期日期不存在：「2026-02-30」");
  await page.screenshot({ path: "test-results/receiving-csv.png", fullPage: true });
  await page.getByRole("button", { name: "仅收货有效的 1 行" }).click();
  await expect(page.getByText("已收货 1 行，跳过有错误的 2 行。")).toBeVisible();
  await expect(page.getByTestId("received-rows")).toContainText(lot);
});
