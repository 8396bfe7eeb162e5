import { expect, test } from "@playwright/test";
import { ADMIN, openSettings, signIn } from "./support";

test.beforeEach(async ({ page }) => {
  await signIn(page, ADMIN.login, ADMIN.password);
  await expect(page.getByRole("heading", { name: "库存效期概览" })).toBeVisible();
});

test("an admin issues a POS key for a store; the secret is shown once", async ({ page }) => {
  await openSettings(page, "POS 对接");
  await expect(page.getByRole("link", { name: "接口文档（OpenAPI）" })).toHaveAttribute(
    "href",
    "/api/pos/openapi.json",
  );
  await page.getByRole("button", { name: "发放密钥" }).click();
  await page.getByLabel("名称（例如“1 号收银台”）").fill("1 号收银台");
  await page.getByRole("button", { name: "生成" }).click();
  await expect(page.getByTestId("pos-key-secret")).not.toBeEmpty();
  const keyId = (await page.getByTestId("pos-key-id").textContent()) ?? "";
  await page.screenshot({ path: "test-results/pos-keys.png", fullPage: true });
  await page.getByRole("button", { name: "已复制，关闭" }).click();
  await expect(page.getByTestId("pos-key-secret")).toBeHidden();
  await expect(page.getByTestId("pos-keys")).toContainText(keyId);
});

test("an admin subscribes a mall to price-book changes; the signing secret is shown once", async ({
  page,
}) => {
  await openSettings(page, "商城推送");
  await page.getByRole("button", { name: "添加订阅" }).click();
  await page.getByLabel("名称").fill("自营商城");
  await page.getByLabel("接收地址（https://…）").fill("https://mall.example.cn/hooks/shelfloop");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("webhook-secret")).not.toBeEmpty();
  await expect(page.getByTestId("webhook-subscriptions")).toContainText("自营商城");
  await page.screenshot({ path: "test-results/webhooks.png", fullPage: true });
});
