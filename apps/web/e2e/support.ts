import { expect, type Page } from "@playwright/test";
import { DEFAULT_TIER_POLICY, tierOf } from "@shelfloop/core";
import pg from "pg";

export const MANAGER = { login: "manager@demo.shelfloop.cn", password: "Shelfloop-manager-2026" };
export const ADMIN = { login: "admin@demo.shelfloop.cn", password: "Shelfloop-admin-2026" };
export const STAFF = { login: "staff@demo.shelfloop.cn", password: "Shelfloop-staff-2026" };

/** Runs SQL as the test's own (admin) connection, outside the app and its row-level security. */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({
    connectionString: process.env.DATABASE_ADMIN_URL ?? process.env.DATABASE_URL,
  });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export async function signIn(page: Page, login: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("邮箱或手机号").fill(login);
  await page.getByLabel("密码").fill(password);
  const submit = page.getByRole("button", { name: "登录" });
  await expect(submit).toBeEnabled();
  await submit.click();
}

/**
 * Stock on hand per remaining-days band for the demo tenant, computed independently of the app:
 * today in Asia/Shanghai, 0–30 days urgent, 31–90 watch, beyond that fresh.
 */
export const BAND_SQL = `
  WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date AS d)
  SELECT CASE WHEN b.expiry_date < t.d THEN 'EXPIRED'
              WHEN b.expiry_date - t.d <= 30 THEN 'URGENT'
              WHEN b.expiry_date - t.d <= 90 THEN 'WATCH'
              ELSE 'FRESH' END AS band,
         count(*)::int AS batches,
         sum(b.qty_on_hand)::int AS units
    FROM batches b
    JOIN tenants tn ON tn.id = b.tenant_id AND tn.slug = 'demo'
    CROSS JOIN today t
   WHERE b.qty_on_hand > 0 AND b.status <> 'WRITTEN_OFF'
   GROUP BY 1`;

/** The name of the tier a batch is in under the default policy (the demo tenant sets none). */
export function defaultTierName(remainingDays: number, shelfLifeDays: number): string {
  const key = tierOf(DEFAULT_TIER_POLICY, { remainingDays, shelfLifeDays });
  return DEFAULT_TIER_POLICY.tiers.find((tier) => tier.key === key)?.name ?? key;
}

/** A demo product with a GTIN and a long shelf life, so 20 days left is already an alert tier. */
export async function longShelfLifeProduct() {
  const [product] = await sql<{ gtin: string; shelf_life_days: number; name: string; unit: string }>(
    `SELECT p.gtin, p.shelf_life_days, p.name, p.unit FROM products p JOIN tenants t ON t.id = p.tenant_id AND t.slug = 'demo'
      WHERE p.gtin IS NOT NULL AND p.shelf_life_days >= 180 ORDER BY p.sku LIMIT 1`,
  );
  if (!product) throw new Error("the demo tenant has no product with a GTIN and a long shelf life");
  return product;
}

/** Opens a settings page the way a merchant does: 设置 in the top menu, then the page in the side menu. */
export async function openSettings(page: Page, name: string) {
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "设置" }).click();
  await page.getByRole("navigation", { name: "设置" }).getByRole("link", { name, exact: true }).click();
}
