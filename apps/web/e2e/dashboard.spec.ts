import { expect, test } from "@playwright/test";
import { BAND_SQL, MANAGER, signIn, sql } from "./support";

test("dashboard KPIs equal the stock counted by SQL", async ({ page }) => {
  const rows = await sql<{ band: string; batches: number; units: number }>(BAND_SQL);
  const expected = new Map(rows.map((row) => [row.band, row]));
  expect(rows.length).toBeGreaterThan(1);

  await signIn(page, MANAGER.login, MANAGER.password);
  for (const band of ["EXPIRED", "URGENT", "WATCH", "FRESH"]) {
    const card = page.getByTestId(`kpi-band-${band}`);
    const want = expected.get(band) ?? { batches: 0, units: 0 };
    await expect(card.getByTestId("band-batches")).toHaveText(want.batches.toLocaleString("zh-CN"));
    await expect(card.getByTestId("band-units")).toHaveText(want.units.toLocaleString("zh-CN"));
  }
  const total = rows.reduce((sum, row) => sum + row.batches, 0);
  await expect(page.getByTestId("kpi-total-batches")).toContainText(total.toLocaleString("zh-CN"));
  await page.screenshot({ path: "test-results/dashboard.png", fullPage: true });
});
