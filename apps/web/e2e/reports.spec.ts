import { readFileSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { MANAGER, signIn } from "./support";

/** Records of an RFC 4180 file (quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field !== "" || record.length > 0) records.push([...record, field]);
  return records;
}

/** Downloads a report table's CSV and checks it holds its header and exactly the rows on screen. */
async function expectCsvMatchesTable(page: Page, table: Locator, rowsTestId: string) {
  const rows = table.getByTestId(rowsTestId).getByRole("row");
  const shown = await rows.count();
  expect(shown).toBeGreaterThan(0);
  const headers = await table.getByRole("columnheader").allTextContents();

  const download = page.waitForEvent("download");
  await table.getByRole("button", { name: "导出 CSV" }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync(await saved.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = csvRecords(bytes.toString("utf8").slice(1));
  expect(records[0]).toEqual(headers.map((header) => header.trim()));
  expect(records.length - 1).toBe(shown);
  for (const record of records) expect(record).toHaveLength(headers.length);
}

test("the reports dashboard shows KPIs, value at risk and tables that export as shown", async ({ page }) => {
  await signIn(page, MANAGER.login, MANAGER.password);
  await expect(page.getByRole("heading", { name: "库存效期概览" })).toBeVisible();
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "报表" }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole("heading", { name: "报表" })).toBeVisible();
  await expect(page.getByTestId("rolled-through")).toContainText("每日凌晨汇总");

  // Default period: the 30 days ending yesterday.
  await expect(page.getByRole("button", { name: "近30天" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("kpi-revenue").getByTestId("kpi-value")).toContainText("¥");
  await expect(page.getByTestId("kpi-markdown").getByTestId("kpi-value")).toContainText("¥");
  await expect(page.getByTestId("kpi-write-off-avoided").getByTestId("kpi-value")).toContainText("¥");

  const chart = page.getByTestId("value-at-risk");
  await expect(chart.locator("svg").first()).toBeVisible();
  await expect.poll(() => chart.locator("svg path").count()).toBeGreaterThan(0);
  await page.screenshot({ path: "test-results/reports.png", fullPage: true });

  const promotions = page.getByTestId("promotion-table");
  const topProducts = page.getByTestId("top-products-table");
  await expect(promotions).toBeVisible();
  await expect(topProducts).toBeVisible();

  // The demo's promotions and tier changes happen when it is seeded (today): end the period today.
  const end = page.getByLabel("结束日期");
  const today = await end.getAttribute("max");
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // The default period already lists past deals: wait for the new period's figures, not the old rows.
  await end.fill(today ?? "");
  // The render that takes the new range also marks the old figures as stand-ins (busy) until they arrive.
  await expect(page.getByRole("button", { name: "近30天" })).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("report")).toHaveAttribute("aria-busy", "false");
  const promotionRows = promotions.getByTestId("promotion-table-rows").getByRole("row");
  const productRows = topProducts.getByTestId("top-products-table-rows").getByRole("row");
  await expect
    .poll(async () => (await promotionRows.count()) + (await productRows.count()))
    .toBeGreaterThan(0);
  if ((await promotionRows.count()) > 0) {
    await expect(promotionRows.first().getByRole("link")).toHaveAttribute(
      "href",
      /^\/promotions\/[0-9a-f-]{36}$/,
    );
    await expectCsvMatchesTable(page, promotions, "promotion-table-rows");
  } else {
    await expectCsvMatchesTable(page, topProducts, "top-products-table-rows");
  }

  // A shorter period asks again.
  await page.getByRole("button", { name: "近7天" }).click();
  await expect(page.getByRole("button", { name: "近7天" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("kpi-revenue").getByTestId("kpi-value")).toContainText("¥");
});

test("purchasing advice explains each product's verdict", async ({ page }) => {
  await signIn(page, MANAGER.login, MANAGER.password);
  await expect(page.getByRole("heading", { name: "库存效期概览" })).toBeVisible();
  await page.goto("/reports");
  await page.getByRole("link", { name: "采购建议" }).click();
  await expect(page).toHaveURL(/\/reports\/purchasing$/);
  const reasons = page.getByTestId("advice-reason");
  await expect(reasons.first()).toBeVisible();
  await expect(reasons.first()).toHaveText(/[\u4e00-\u9fff].{4,}/);
  await expect(page.getByTestId("advice-verdict").first()).toHaveText(/建议减量|合适|无销量/);
  await page.screenshot({ path: "test-results/reports-purchasing.png", fullPage: true });
  await expectCsvMatchesTable(page, page.getByTestId("purchasing-table"), "purchasing-table-rows");
});
