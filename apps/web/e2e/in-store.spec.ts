import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ADMIN, MANAGER, openSettings, signIn, sql } from "./support";

/** A demo batch on the shelf price book now, with its clearance price. */
async function shelfDeal() {
  const [deal] = await sql<{ batch_id: string; price_fen: number; warehouse_id: string }>(
    `SELECT e.batch_id::text, e.price_fen, b.warehouse_id::text FROM price_book_entries e
       JOIN tenants t ON t.id = e.tenant_id AND t.slug = 'demo'
       JOIN batches b ON b.id = e.batch_id
      WHERE e.channel = 'POS' AND e.removed_version IS NULL
      ORDER BY e.added_version, e.batch_id LIMIT 1`,
  );
  if (!deal) throw new Error("the demo tenant has no clearance deal on the shelf");
  return deal;
}

test("a manager prints a store's clearance labels as a PDF, and the reprint count drops to zero", async ({
  page,
}) => {
  await signIn(page, MANAGER.login, MANAGER.password);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: /^促销/ }).click();
  await page.getByRole("link", { name: "价签打印" }).click();
  await expect(page.getByRole("heading", { name: "价签打印" })).toBeVisible();
  const row = page
    .getByTestId("label-stores")
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "全部（A4）" }) })
    .first();
  await expect(row).toBeVisible();

  const download = page.waitForEvent("download");
  await row.getByRole("link", { name: "全部（A4）" }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const path = await pdf.path();
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");

  await page.reload();
  await expect(row.getByRole("link", { name: "打印变更" })).toHaveCount(0);
  await expect(row.getByRole("cell").nth(3)).not.toHaveText("从未打印");
});

test("a label's QR link shows the deal to anyone, signed in or not", async ({ browser }) => {
  const deal = await shelfDeal();
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/m/demo/${deal.batch_id}`);
  const yuan = `¥${(deal.price_fen / 100).toFixed(2)}`;
  await expect(page.getByText(yuan).first()).toBeVisible();
  await expect(page.getByText("在微信中扫码可直接打开小程序购买。")).toBeVisible();
});

test("the in-store pages open for staff: clearance zone tasks and the pick list", async ({ page }) => {
  await signIn(page, MANAGER.login, MANAGER.password);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "临期专区" }).click();
  await expect(page.getByRole("heading", { name: "临期专区任务" })).toBeVisible();
  // Signed in by now (the menu link was there): a direct address keeps the session.
  await page.goto("/picking");
  await expect(page.getByRole("heading", { name: "拣货单" })).toBeVisible();
});

test("an admin binds the mini-program and turns on deal alerts", async ({ page }) => {
  await signIn(page, ADMIN.login, ADMIN.password);
  await openSettings(page, "小程序");
  await expect(page.getByRole("heading", { name: "小程序" })).toBeVisible();
  await page.getByLabel("开启到货/降价提醒（订阅消息）").check();
  await page.getByLabel("模板 ID").fill("deal-template-e2e-0001");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存");
  await page.reload();
  await expect(page.getByLabel("模板 ID")).toHaveValue("deal-template-e2e-0001");
});
