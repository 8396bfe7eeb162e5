import { expect, test } from "@playwright/test";
import { addDays, todayIn } from "@shelfloop/core";
import { ADMIN, defaultTierName, longShelfLifeProduct, openSettings, signIn } from "./support";

const unique = () => Math.random().toString(36).slice(2, 8);

test("a new merchant signs up and lands on warehouse setup as the owner", async ({ page }) => {
  const email = `owner-${unique()}@example.cn`;
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "注册新商户" }).click();
  await page.getByLabel("商户名称").fill("街角便利");
  await page.getByLabel("你的姓名").fill("赵店长");
  await page.getByLabel("邮箱", { exact: true }).fill(email);
  await page.getByLabel("密码（至少 8 位）").fill("short");
  await page.getByRole("button", { name: "注册并登录" }).click();
  await expect(page.getByText("密码至少 8 位")).toBeVisible();

  await page.getByLabel("密码（至少 8 位）").fill("corner-shop-2026");
  await page.getByRole("button", { name: "注册并登录" }).click();
  await expect(page.getByRole("heading", { name: "仓库与门店" })).toBeVisible();
  await expect(page.getByText("还没有仓库或门店")).toBeVisible();
  await expect(page.getByText("赵店长 · 所有者")).toBeVisible();
  await expect(page.getByText("街角便利", { exact: true })).toBeVisible();

  // The dashboard walks a new merchant through setup.
  await page.getByRole("navigation").getByRole("link", { name: "仪表盘" }).click();
  await expect(page.getByTestId("getting-started")).toContainText("开始使用临期通");
  await page.getByRole("link", { name: "添加仓库或门店" }).click();
  await expect(page.getByRole("heading", { name: "仓库与门店" })).toBeVisible();
});

test("an admin adds a store and invites a clerk, who accepts, signs in and receives a GS1-scanned batch there", async ({
  page,
  browser,
}) => {
  const code = `E2E-${unique()}`;
  const clerkEmail = `clerk-${unique()}@example.cn`;
  await signIn(page, ADMIN.login, ADMIN.password);
  await expect(page.getByRole("heading", { name: "库存效期概览" })).toBeVisible();

  await openSettings(page, "仓库门店");
  await page.getByRole("button", { name: "添加仓库/门店" }).click();
  await page.getByLabel("编码").fill(code);
  await page.getByLabel("名称").fill("滨江店");
  await page.getByLabel("地址").fill("滨江路 88 号");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("warehouse-rows")).toContainText("滨江店");

  await openSettings(page, "员工");
  await page.getByLabel("邮箱或手机号").fill(clerkEmail);
  await page.getByLabel("角色").first().selectOption("STAFF");
  await page.getByRole("form", { name: "邀请员工" }).getByLabel("滨江店").check();
  await page.getByRole("button", { name: "生成邀请链接" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);
  await expect(page.getByTestId("pending-invitations")).toContainText(clerkEmail);
  await page.screenshot({ path: "test-results/staff.png", fullPage: true });

  // The clerk opens the link in their own browser.
  const clerk = await (await browser.newContext()).newPage();
  await clerk.goto(link);
  await expect(clerk.getByRole("heading", { name: "加入 鲜邻便利" })).toBeVisible();
  await expect(clerk.getByText(`${clerkEmail} 受邀成为「店员」`)).toBeVisible();
  await clerk.getByLabel("你的姓名").fill("小周");
  await clerk.getByLabel("设置密码（至少 8 位）").fill("clerk-pass-2026");
  await clerk.getByRole("button", { name: "接受邀请并登录" }).click();
  await expect(clerk.getByRole("heading", { name: "库存效期概览" })).toBeVisible();
  await expect(clerk.getByText("小周 · 店员")).toBeVisible();

  // The clerk receives a batch in the new store by pasting the human-readable GS1 form.
  const product = await longShelfLifeProduct();
  const expiry = addDays(todayIn("Asia/Shanghai"), 20);
  const lot = `ONB${unique().toUpperCase()}`;
  const tier = defaultTierName(20, product.shelf_life_days);
  await clerk.getByRole("navigation").getByRole("link", { name: "收货", exact: true }).click();
  await clerk.getByLabel("收货仓库").selectOption({ label: `${code} 滨江店` });
  const scan = clerk.getByLabel("扫码或粘贴条码");
  await scan.fill(
    `(01)${product.gtin.padStart(14, "0")}(17)${expiry.slice(2).replaceAll("-", "")}(10)${lot}`,
  );
  await scan.press("Enter");
  await expect(clerk.getByTestId("receipt-outcome")).toContainText(`到期 ${expiry}`);
  await clerk.getByRole("button", { name: "确认收货" }).click();
  const received = clerk.getByTestId("received-rows").getByRole("row").filter({ hasText: lot });
  await expect(received).toContainText(product.name);
  await expect(received).toContainText(expiry);
  await expect(received).toContainText("20 天");
  await expect(received).toContainText(tier);
  await clerk.screenshot({ path: "test-results/onboarding-clerk-received.png", fullPage: true });

  // The link works once.
  await clerk.goto(link);
  await expect(clerk.getByText("该邀请已被使用。")).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("member-rows")).toContainText(clerkEmail);
  await expect(page.getByText("没有待接受的邀请")).toBeVisible();
});
