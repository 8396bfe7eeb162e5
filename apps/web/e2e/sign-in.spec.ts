import { expect, test } from "@playwright/test";
import { MANAGER, signIn } from "./support";

test("a wrong password is refused with a message and no session", async ({ page }) => {
  await signIn(page, MANAGER.login, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "账号或密码错误" })).toBeVisible();
  await page.screenshot({ path: "test-results/sign-in-error.png", fullPage: true });
  await page.goto("/batches");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the console requires signing in, and signing out ends the session", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, MANAGER.login, MANAGER.password);
  await expect(page.getByRole("heading", { name: "库存效期概览" })).toBeVisible();
  await expect(page.getByText("李经理 · 经理")).toBeVisible();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});
