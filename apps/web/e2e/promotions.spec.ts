import { expect, type Page, test } from "@playwright/test";
import { DEFAULT_RULES } from "@shelfloop/core";
import { ADMIN, MANAGER, STAFF, signIn, sql } from "./support";

// The demo tenant gets the default rules at startup, and matching them leaves promotions waiting.
const yellowRule = DEFAULT_RULES.find((rule) => rule.condition.tiers.includes("YELLOW"));
if (!yellowRule) throw new Error("the default rules have no 关注 (YELLOW) rule");

/** Promotions of the demo tenant per status, counted outside the app. */
async function statusCounts(): Promise<Record<string, number>> {
  const rows = await sql<{ status: string; count: number }>(
    `SELECT p.status, count(*)::int AS count FROM promotions p
       JOIN tenants t ON t.id = p.tenant_id AND t.slug = 'demo' GROUP BY 1`,
  );
  return Object.fromEntries(rows.map((row) => [row.status, row.count]));
}

const tabCount = (page: Page, status: string) =>
  page.getByTestId(`status-tab-${status}`).getByTestId("count");

test("a manager approves a pending promotion and it becomes active", async ({ page }) => {
  const before = await statusCounts();
  const pending = before.PENDING_APPROVAL ?? 0;
  expect(pending).toBeGreaterThan(0);

  await signIn(page, MANAGER.login, MANAGER.password);
  await expect(page.getByRole("heading", { name: "库存效期概览" })).toBeVisible();
  const nav = page.getByRole("navigation").getByRole("link", { name: /^促销/ });
  await expect(nav).toContainText(`${pending} 张促销单待审批`);
  await nav.click();
  await page.getByRole("tab", { name: /^待审批/ }).click();
  await expect(page.getByRole("tab", { name: /^待审批/ })).toHaveAttribute("aria-selected", "true");
  await expect(tabCount(page, "PENDING_APPROVAL")).toHaveText(String(pending));
  await expect(tabCount(page, "ACTIVE")).toHaveText(String(before.ACTIVE ?? 0));
  for (const status of await page.getByTestId("promotion-status").allTextContents())
    expect(status).toBe("待审批");
  await page.screenshot({ path: "test-results/promotions.png", fullPage: true });

  await page.getByTestId("promotion-rows").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/promotions\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").at(-1);
  await expect(page.getByTestId("promotion-status")).toHaveText("待审批");
  await expect(page.getByTestId("promotion-margin")).toContainText("毛利");

  // A rejection needs a reason: without one the field says so and nothing changes.
  await page.getByRole("button", { name: "驳回" }).click();
  const reject = page.getByRole("form", { name: "驳回" });
  await reject.getByRole("button", { name: "驳回" }).click();
  await expect(reject.locator("label .text-rose-600")).toBeVisible();
  await page.screenshot({ path: "test-results/promotion-reject-error.png", fullPage: true });
  const [unchanged] = await sql<{ status: string }>(`SELECT status FROM promotions WHERE id = $1`, [id]);
  expect(unchanged?.status).toBe("PENDING_APPROVAL");

  await page.getByRole("button", { name: "批准" }).click();
  const approve = page.getByRole("form", { name: "批准" });
  await approve.getByLabel("审批意见（可选）").fill("同意，尽快上架");
  await approve.getByRole("button", { name: "批准" }).click();
  await expect(page.getByTestId("promotion-status")).toHaveText("进行中");
  await expect(page.getByTestId("promotion-decision")).toContainText("李经理");
  await expect(page.getByTestId("promotion-decision")).toContainText("同意，尽快上架");
  const approval = page.getByTestId("audit-trail").getByRole("row").filter({ hasText: "批准" });
  await expect(approval).toContainText("李经理");
  await expect(approval).toContainText("待审批 → 进行中");
  await page.screenshot({ path: "test-results/promotion-approved.png", fullPage: true });
  const [approved] = await sql<{ status: string }>(`SELECT status FROM promotions WHERE id = $1`, [id]);
  expect(approved?.status).toBe("ACTIVE");

  await page.getByRole("link", { name: "返回促销单" }).click();
  const after = await statusCounts();
  expect(after.ACTIVE).toBe((before.ACTIVE ?? 0) + 1);
  expect(after.PENDING_APPROVAL ?? 0).toBe(pending - 1);
  await expect(tabCount(page, "ACTIVE")).toHaveText(String(after.ACTIVE));
  await expect(tabCount(page, "PENDING_APPROVAL")).toHaveText(String(pending - 1));
});

test("an admin edits a rule with a live preview and saves a new version; staff only read", async ({
  page,
}) => {
  const [stored] = await sql<{ version: number }>(
    `SELECT r.version FROM promotion_rules r JOIN tenants t ON t.id = r.tenant_id AND t.slug = 'demo'
      WHERE r.name = $1`,
    [yellowRule.name],
  );
  const version = stored?.version ?? 0;
  expect(version).toBeGreaterThan(0);

  await signIn(page, ADMIN.login, ADMIN.password);
  await expect(page.getByRole("heading", { name: "库存效期概览" })).toBeVisible();
  await page.goto("/promotions");
  await page.getByRole("link", { name: "促销规则" }).click();
  const row = page.getByTestId("rule-rows").getByRole("row").filter({ hasText: yellowRule.name });
  await expect(row.getByTestId("rule-version")).toHaveText(`v${version}`);
  await row.getByRole("button", { name: "编辑" }).click();

  const form = page.getByRole("form", { name: "编辑规则" });
  const preview = page.getByTestId("preview-summary");
  await expect(preview).toContainText("按「第 2 件 5 折」：现在有");
  const percent = form.getByLabel("该件优惠 %（40 = 6 折，100 = 免费）");

  // A value the rule cannot take is named next to its field and not saved.
  await percent.fill("");
  await form.getByRole("button", { name: "保存规则" }).click();
  await expect(form.getByText("第 N 件的折扣百分比应为 1–100 的整数")).toBeVisible();

  await percent.fill("40");
  await expect(page.getByTestId("rule-effect")).toContainText("第 2 件 6 折");
  await expect(preview).toContainText("按「第 2 件 6 折」：现在有");
  await expect(page.getByTestId("rule-preview")).toHaveAttribute("aria-busy", "false");
  // Every 关注 batch already has its promotion; 正常 ones have none, so the preview lists them.
  const normal = form.getByRole("checkbox", { name: "正常" });
  await normal.check();
  await expect(page.getByTestId("preview-rows").getByRole("row").first()).toBeVisible();
  await expect(preview).not.toContainText("现在有 0 个批次");
  await page.screenshot({ path: "test-results/rule-editor.png", fullPage: true });
  // A free second unit takes most deals below cost: the preview warns they sell at the floor instead.
  await percent.fill("100");
  await expect(preview).toContainText("按「第 2 件免费」");
  await expect(page.getByTestId("preview-rows").getByTestId("margin-warning").first()).toContainText(
    "低于成本 × 100%",
  );
  await page.getByTestId("rule-preview").screenshot({ path: "test-results/rule-preview-warning.png" });
  await percent.fill("40");
  await normal.uncheck();
  await expect(preview).toContainText("现在有 0 个批次");
  await form.getByRole("button", { name: "保存规则" }).click();
  await expect(page.getByRole("status")).toHaveText(`已保存「${yellowRule.name}」v${version + 1}`);
  await expect(row.getByTestId("rule-version")).toHaveText(`v${version + 1}`);
  await expect(row).toContainText("第 2 件 6 折");
  const [saved] = await sql<{ version: number; percent: number }>(
    `SELECT r.version, (r.template #>> '{terms,params,percentOff}')::int AS percent
       FROM promotion_rules r JOIN tenants t ON t.id = r.tenant_id AND t.slug = 'demo' WHERE r.name = $1`,
    [yellowRule.name],
  );
  expect(saved).toEqual({ version: version + 1, percent: 40 });
  await page.screenshot({ path: "test-results/rules.png", fullPage: true });

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, STAFF.login, STAFF.password);
  await expect(page.getByRole("heading", { name: "库存效期概览" })).toBeVisible();
  await page.goto("/promotions/rules");
  await expect(page.getByText("只有管理员可以修改促销规则。")).toBeVisible();
  await expect(page.getByRole("button", { name: "新建规则" })).toHaveCount(0);
  await row.getByRole("button", { name: "查看" }).click();
  await expect(page.getByRole("form", { name: "查看规则" }).getByLabel("规则名称")).toBeDisabled();
  await expect(page.getByRole("button", { name: "保存规则" })).toHaveCount(0);
  await expect(page.getByTestId("rule-preview")).toContainText("经理及以上可以预览匹配结果。");
  await page.screenshot({ path: "test-results/rules-staff.png", fullPage: true });
});
