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
  // The session cookie cannot be read by scripts nor ride along on cross-site POSTs.
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("after 5 wrong passwords the account is locked, with how long to wait", async ({ page }) => {
  // An unknown login: accounts are counted by login, whether or not they exist, and no real one is locked.
  const login = `locked-${Date.now()}@example.cn`;
  for (let i = 1; i <= 5; i++) {
    await signIn(page, login, `wrong-${i}`);
    await expect(page.getByRole("alert").filter({ hasText: "账号或密码错误" })).toBeVisible();
  }
  await signIn(page, login, "wrong-6");
  await expect(page.getByRole("alert").filter({ hasText: "登录尝试过多" })).toHaveText(
    "登录尝试过多，请 15 分钟后再试",
  );
  await page.screenshot({ path: "test-results/sign-in-locked.png", fullPage: true });
});
