import { expect, test } from "@playwright/test";
import { ADMIN, openSettings, signIn } from "./support";

test("an admin adds a DingTalk robot, sends a test message, and sees the platform's answer", async ({
  page,
}) => {
  await signIn(page, ADMIN.login, ADMIN.password);
  await expect(page.getByRole("heading", { name: "库存效期概览" })).toBeVisible();
  await openSettings(page, "预警推送");

  await page.getByRole("button", { name: "添加推送渠道" }).click();
  await page.getByLabel("名称").fill("门店运营群");
  await page.getByLabel("access_token").fill("e2e-robot");
  await page.getByLabel("加签密钥（钉钉，可选）").fill("SEC-e2e-right");
  await page.getByRole("button", { name: "保存" }).click();
  const endpoint = page.getByTestId("endpoints").getByRole("listitem").filter({ hasText: "门店运营群" });
  await endpoint.getByRole("button", { name: "发送测试消息" }).click();
  await expect(endpoint.getByRole("status")).toHaveText("发送成功：平台已接收测试消息");

  // A wrong signing secret: the platform's sign-mismatch answer, in plain Chinese and verbatim.
  await endpoint.getByRole("button", { name: "编辑" }).click();
  await page.getByLabel("加签密钥（钉钉，可选）").fill("SEC-e2e-wrong");
  await page.getByRole("button", { name: "保存" }).click();
  await endpoint.getByRole("button", { name: "发送测试消息" }).click();
  await expect(endpoint.getByRole("status")).toContainText("签名不匹配，请检查加签密钥");
  await expect(endpoint.getByRole("status")).toContainText("310000");
  await page.screenshot({ path: "test-results/alerts.png", fullPage: true });
});
