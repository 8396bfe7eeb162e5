import { expect, type Page, test } from "@playwright/test";
import { sql } from "./support";

// The H5 build against the real console and its database: what the shopper sees must be what the
// database's price book says, a claim must land on a real coupon, and a quote must follow the terms.

interface Entry {
  batch_id: string;
  product_id: string;
  promotion_id: string;
  tenant_id: string;
  product_name: string;
  price_fen: number;
  original_price_fen: number;
  list_price_fen: number;
  badge: string;
  terms: { type: string; params: Record<string, number> };
  units_left: number;
  stacks_with_coupon: boolean;
}

/** The mini-program's price book for the demo tenant at its published version: ACTIVE promotions, batches not expired. */
const activeEntries = () =>
  sql<Entry>(`
    SELECT e.batch_id::text, e.product_id::text, e.promotion_id::text, e.tenant_id::text, p.name AS product_name,
           e.price_fen, e.original_price_fen, p.list_price_fen, e.badge, pr.terms,
           pr.reserved_qty - pr.sold_qty AS units_left, pr.stacks_with_coupon
      FROM price_book_entries e
      JOIN tenants t ON t.id = e.tenant_id AND t.slug = 'demo'
      JOIN batches b ON b.id = e.batch_id
      JOIN products p ON p.id = e.product_id
      JOIN promotions pr ON pr.id = e.promotion_id AND pr.status = 'ACTIVE'
     WHERE e.channel = 'MINIAPP' AND e.added_version <= t.price_book_version
       AND (e.removed_version IS NULL OR e.removed_version > t.price_book_version)
       AND b.expiry_date >= (now() AT TIME ZONE 'Asia/Shanghai')::date`);

/** ¥ from fen, written out independently of the app's formatter (demo prices stay under ¥1,000). */
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

async function loadWholeList(page: Page, total: number) {
  const cards = page.getByTestId("deal");
  // Scrolled as a shopper does (the page's scroll container, not the window, scrolls on H5).
  await page.mouse.move(195, 400);
  for (let round = 0; round < 30 && (await cards.count()) < total; round++) {
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(500);
  }
  await expect(cards).toHaveCount(total);
}

test("the deal list shows exactly the price book's prices for the active promotions", async ({ page }) => {
  const entries = await activeEntries();
  expect(entries.length).toBeGreaterThan(20); // more than one page, so scrolling is exercised
  const byBatch = new Map(entries.map((entry) => [entry.batch_id, entry]));

  await page.goto("/");
  await expect(page.getByText(`共 ${entries.length} 件特惠`)).toBeVisible();
  await page.screenshot({ path: "test-results/miniapp-list.png" });
  await loadWholeList(page, entries.length);

  const shown = await page.getByTestId("deal").evaluateAll((cards) =>
    cards.map((card) => ({
      batch: card.getAttribute("data-batch") ?? "",
      price: card.querySelector("[data-testid=price]")?.textContent ?? "",
      original: card.querySelector("[data-testid=original-price]")?.textContent ?? null,
      text: card.textContent ?? "",
    })),
  );
  expect(new Set(shown.map((card) => card.batch))).toEqual(new Set(byBatch.keys()));
  for (const card of shown) {
    const entry = byBatch.get(card.batch) as Entry;
    expect(card.price, entry.product_name).toBe(yuan(entry.price_fen));
    expect(card.original, entry.product_name).toBe(
      entry.original_price_fen > entry.price_fen ? yuan(entry.original_price_fen) : null,
    );
    expect(card.text).toContain(entry.product_name);
    expect(card.text).toContain(entry.badge);
  }
});

test("a shopper signs in on H5 and claims a coupon", async ({ page }) => {
  const [entry] = await activeEntries();
  if (!entry) throw new Error("the demo tenant has no active mini-program promotion");
  const code = `E2E${Date.now().toString(36).toUpperCase()}`;
  await sql(
    `INSERT INTO coupons (tenant_id, promotion_id, code, terms, min_spend_fen, per_customer_limit, valid_from, valid_to)
     VALUES ($1, $2, $3, '{"type":"AMOUNT_OFF","params":{"amountFen":300}}', 2000, 1,
             (now() AT TIME ZONE 'Asia/Shanghai')::date, (now() AT TIME ZONE 'Asia/Shanghai')::date + 7)`,
    [entry.tenant_id, entry.promotion_id, code],
  );

  await page.goto(`/#/pages/coupons/index?promotionId=${entry.promotion_id}`);
  await expect(page.getByText("登录后查看和领取优惠券")).toBeVisible();
  await page.locator(`[data-promotion="${entry.promotion_id}"]`).getByText("领取").click();

  const mine = page.getByTestId("my-coupon");
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText(code);
  await expect(mine).toContainText("可使用");
  await expect(mine).toContainText("满");
  await mine.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/miniapp-coupons.png" });

  const [row] = await sql<{ claimed_by: string | null }>("SELECT claimed_by FROM coupons WHERE code = $1", [
    code,
  ]);
  expect(row?.claimed_by).toMatch(/^h5-dev-/);

  // The same code again is refused in words: it is this shopper's only one and the limit is one.
  await page.locator(`[data-promotion="${entry.promotion_id}"]`).getByText("领取").click();
  await expect(page.getByText("领取失败")).toBeVisible();
});

test("two units under 第二件半价 are quoted by the server with the second at half price", async ({
  page,
}) => {
  const entries = await activeEntries();
  // A product on this one deal only: with two deals the engine would pick the better one.
  const dealsOf = (productId: string) => entries.filter((other) => other.product_id === productId).length;
  const entry = entries.find(
    (candidate) =>
      dealsOf(candidate.product_id) === 1 &&
      candidate.terms.type === "NTH_ITEM_PERCENT_OFF" &&
      candidate.terms.params.n === 2 &&
      candidate.terms.params.percentOff === 50 &&
      candidate.units_left >= 2,
  );
  if (!entry) throw new Error("no active 第二件半价 promotion with two units left");
  // The engine's rule, worked by hand: the second unit half off the list price, rounded half up.
  const discount = Math.round(entry.list_price_fen / 2);
  const total = 2 * entry.list_price_fen - discount;

  await page.goto(`/#/pages/item/index?id=${entry.batch_id}`);
  await expect(page.getByText(entry.product_name).first()).toBeVisible();
  await expect(page.getByText("活动规则")).toBeVisible();
  await page.screenshot({ path: "test-results/miniapp-item.png" });
  const add = page.getByText("加入购物车", { exact: true });
  await add.click();
  await add.click();

  await page.locator(".item__cart").click();
  const line = page.getByTestId("cart-line");
  await expect(line).toHaveCount(1);
  await expect(line.getByTestId("quantity")).toHaveText("2");
  await expect(line.getByTestId("line-promotion")).toHaveText(`已享「${entry.badge}」`);
  await expect(line).toContainText(`${yuan(entry.list_price_fen)} × 2`);
  await expect(line).toContainText(`优惠 -${yuan(discount)}`);
  await expect(line.getByTestId("line-total")).toHaveText(yuan(total));
  await expect(page.getByTestId("quote-total")).toHaveText(`合计 ${yuan(total)}`);
  await page.screenshot({ path: "test-results/miniapp-cart.png" });
});

test("a claimed coupon shows up at checkout", async ({ page }) => {
  const entry = (await activeEntries()).find(
    (candidate) => candidate.stacks_with_coupon && candidate.units_left >= 1,
  );
  if (!entry) throw new Error("no active promotion that stacks with coupons");
  const code = `E2E${Date.now().toString(36).toUpperCase()}C`;
  await sql(
    `INSERT INTO coupons (tenant_id, promotion_id, code, terms, min_spend_fen, per_customer_limit, valid_from, valid_to)
     VALUES ($1, $2, $3, '{"type":"AMOUNT_OFF","params":{"amountFen":100}}', 0, NULL,
             (now() AT TIME ZONE 'Asia/Shanghai')::date, (now() AT TIME ZONE 'Asia/Shanghai')::date + 7)`,
    [entry.tenant_id, entry.promotion_id, code],
  );

  await page.goto(`/#/pages/coupons/index?promotionId=${entry.promotion_id}`);
  await page.locator(`[data-promotion="${entry.promotion_id}"]`).getByText("领取").click();
  await expect(page.getByTestId("my-coupon")).toContainText(code);

  await page.goto(`/#/pages/item/index?id=${entry.batch_id}`);
  await page.getByText("加入购物车", { exact: true }).click();
  await page.locator(".item__cart").click();
  await expect(page.getByTestId("applied-coupon")).toContainText(code);
  await page.screenshot({ path: "test-results/miniapp-cart-coupon.png" });
});
