import { expect, test } from "@playwright/test";
import { ADMIN, MANAGER, openSettings, signIn, sql } from "./support";

// Runs after the other specs (alphabetical, one worker): it changes the demo tenant's tiers.
test("an admin previews and saves a policy; re-tiering records history on the batch", async ({ page }) => {
  await signIn(page, ADMIN.login, ADMIN.password);
  await openSettings(page, "效期阈值");
  await expect(page.getByTestId("tier-preview")).toContainText("按此策略：");

  // A bad value is refused with the field named, and nothing is saved.
  await page.getByTestId("tier-row-1").getByRole("spinbutton").first().fill("-5");
  await expect(page.getByTestId("tier-preview").getByRole("alert")).toContainText("tiers[1]");

  await page.getByRole("button", { name: "北京市临期食品管理规定" }).click();
  await expect(page.getByTestId("tier-preview")).toContainText(/临期 \d+ 批/);
  await page.screenshot({ path: "test-results/tier-settings.png", fullPage: true });
  await page.getByRole("button", { name: "保存策略" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存");
  const [stored] = await sql<{ count: number }>(
    `SELECT count(*)::int AS count FROM tier_policies p JOIN tenants t ON t.id = p.tenant_id AND t.slug = 'demo'
      WHERE p.scope = 'TENANT'`,
  );
  expect(stored?.count).toBe(1);

  await page.getByRole("button", { name: "立即重新分级" }).click();
  await expect(page.getByRole("status")).toContainText("未配置 Inngest");

  // The soonest-expiring batch that is still sellable is now in the preset's 临期 tier, with history.
  await page.goto("/batches?band=URGENT");
  await expect(page.getByTestId("tier").first()).toHaveText("临期");
  await page.getByTestId("batch-rows").getByRole("link").first().click();
  await expect(page.getByTestId("batch-tier")).toHaveText("临期");
  await expect(page.getByTestId("tier-history")).toContainText("→ 临期");
  await page.screenshot({ path: "test-results/batch-detail.png", fullPage: true });
});

test("a manager can re-tier but not change the policy", async ({ page }) => {
  await signIn(page, MANAGER.login, MANAGER.password);
  await expect(page.getByRole("heading", { name: "库存效期概览" })).toBeVisible();
  await page.goto("/settings/tiers");
  await expect(page.getByText("只有管理员可以修改阈值策略。")).toBeVisible();
  await expect(page.getByRole("button", { name: "保存策略" })).toHaveCount(0);
  await page.getByRole("button", { name: "立即重新分级" }).click();
  await expect(page.getByRole("status")).toContainText("未配置 Inngest");
});
