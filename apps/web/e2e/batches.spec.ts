import { expect, test } from "@playwright/test";
import { BAND_SQL, MANAGER, signIn, sql } from "./support";

test.beforeEach(async ({ page }) => {
  await signIn(page, MANAGER.login, MANAGER.password);
  await expect(page.getByRole("heading", { name: "库存效期概览" })).toBeVisible();
});

test("batches are listed soonest expiry first and page through", async ({ page }) => {
  const [row] = await sql<{ total: number }>(
    `SELECT count(*)::int AS total FROM batches b JOIN tenants t ON t.id = b.tenant_id AND t.slug = 'demo'
      WHERE b.qty_on_hand > 0`,
  );
  const total = row?.total ?? 0;
  await page.getByRole("navigation").getByRole("link", { name: "批次", exact: true }).click();
  const pages = Math.ceil(total / 20);
  await expect(page.getByTestId("batch-summary")).toHaveText(`共 ${total} 个批次，第 1/${pages} 页`);

  const firstPage = await page.getByTestId("expiry-date").allTextContents();
  expect(firstPage).toHaveLength(20);
  expect([...firstPage].sort()).toEqual(firstPage);

  await page.getByRole("button", { name: "下一页" }).click();
  await expect(page.getByTestId("batch-summary")).toHaveText(`共 ${total} 个批次，第 2/${pages} 页`);
  const secondPage = await page.getByTestId("expiry-date").allTextContents();
  expect((secondPage[0] ?? "") >= (firstPage.at(-1) ?? "")).toBe(true);
  await page.screenshot({ path: "test-results/batches.png", fullPage: true });
});

test("filters by band, category and search, with counts that match SQL", async ({ page }) => {
  const urgent = (await sql<{ band: string; batches: number }>(BAND_SQL)).find(
    (row) => row.band === "URGENT",
  );
  await page.getByTestId("kpi-band-URGENT").click();
  await expect(page).toHaveURL(/band=URGENT/);
  await expect(page.getByTestId("batch-summary")).toContainText(`共 ${urgent?.batches ?? 0} 个批次`);
  for (const badge of await page
    .getByTestId("batch-rows")
    .getByText(/天|今天到期/)
    .allTextContents()) {
    expect(badge).not.toMatch(/过期/);
  }

  const [dairy] = await sql<{ total: number }>(
    `SELECT count(*)::int AS total FROM batches b JOIN products p ON p.id = b.product_id
       JOIN tenants t ON t.id = b.tenant_id AND t.slug = 'demo'
      WHERE b.qty_on_hand > 0 AND p.category = '乳制品'`,
  );
  await page.goto("/batches");
  await page.getByRole("button", { name: "全部品类" }).click();
  await page.getByRole("option", { name: "乳制品" }).click();
  await expect(page.getByTestId("batch-summary")).toContainText(`共 ${dairy?.total} 个批次`);

  const [sku] = await sql<{ total: number }>(
    `SELECT count(*)::int AS total FROM batches b JOIN products p ON p.id = b.product_id
       JOIN tenants t ON t.id = b.tenant_id AND t.slug = 'demo'
      WHERE b.qty_on_hand > 0 AND p.category = '乳制品' AND p.sku = 'SKU-01001'`,
  );
  await page.getByLabel("搜索商品名称、SKU、条码或批号").fill("SKU-01001");
  await expect(page).toHaveURL(/q=SKU-01001/);
  await expect(page.getByTestId("batch-summary")).toContainText(`共 ${sku?.total} 个批次`);
  const names = await page.getByTestId("batch-rows").locator("tr").allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const row of names) expect(row).toContain("SKU-01001");
  await page.screenshot({ path: "test-results/batches-filtered.png", fullPage: true });
});

test("an alert's link opens the list filtered to its tiers and changes, and the filter can be cleared", async ({
  page,
}) => {
  const since = "2000-01-01T00:00:00.000Z";
  const [red] = await sql<{ total: number }>(
    `SELECT count(*)::int AS total FROM batches b JOIN tenants t ON t.id = b.tenant_id AND t.slug = 'demo'
      WHERE b.qty_on_hand > 0 AND b.tier = 'RED' AND b.tier_changed_at >= $1`,
    [since],
  );
  expect(red?.total).toBeGreaterThan(0);
  await page.goto(`/batches?tier=RED&changedSince=${encodeURIComponent(since)}`);
  await expect(page.getByTestId("alert-filter")).toContainText("来自预警：紧急");
  await expect(page.getByTestId("batch-summary")).toContainText(`共 ${red?.total} 个批次`);
  for (const tier of await page.getByTestId("tier").allTextContents()) expect(tier).toBe("紧急");

  await page.getByTestId("alert-filter").getByRole("button", { name: "清除" }).click();
  await expect(page).not.toHaveURL(/tier=/);
  await expect(page.getByTestId("alert-filter")).toBeHidden();
});
