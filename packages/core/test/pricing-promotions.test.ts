import { describe, expect, it } from "vitest";
import {
  type ActivePromotion,
  type PricedCart,
  type PricedLine,
  type PricingProduct,
  priceCart,
  promotionMargin,
  type StockBatch,
} from "../src";
import { type PromotionBase, promo, TODAY } from "./pricing-fixtures";

const PRODUCTS: PricingProduct[] = [
  { id: "milk", name: "鲜牛奶", listPriceFen: 1000, costFen: 600 },
  { id: "bread", name: "面包", listPriceFen: 500, costFen: 300 },
  { id: "cola", name: "可乐", listPriceFen: 300, costFen: 150 },
  { id: "yogurt", listPriceFen: 333, costFen: 200 },
  { id: "tofu", listPriceFen: 335, costFen: 100 },
  { id: "jam", listPriceFen: 500, costFen: 333 },
];

const STOCK: StockBatch[] = [
  { batchId: "milk-old", productId: "milk", expiryDate: "2026-03-12", available: 6 },
  { batchId: "milk-new", productId: "milk", expiryDate: "2026-04-20", available: 20 },
  { batchId: "bread-old", productId: "bread", expiryDate: "2026-03-11", available: 4 },
  { batchId: "bread-new", productId: "bread", expiryDate: "2026-03-30", available: 10 },
  { batchId: "cola-a", productId: "cola", expiryDate: "2026-08-01", available: 30 },
  { batchId: "yogurt-old", productId: "yogurt", expiryDate: "2026-03-12", available: 10 },
  { batchId: "tofu-old", productId: "tofu", expiryDate: "2026-03-11", available: 10 },
  { batchId: "jam-old", productId: "jam", expiryDate: "2026-03-20", available: 5 },
];

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Every figure reconciles to the fen: lines to the cart, batches to their line. */
function expectReconciled(result: PricedCart): void {
  const all = [...result.lines, ...result.gifts];
  expect(result.totalFen).toBe(result.subtotalFen - result.discountFen);
  expect(sum(all.map((line) => line.totalFen))).toBe(result.totalFen);
  expect(sum(result.lines.map((line) => line.couponDiscountFen))).toBe(result.coupon?.discountFen ?? 0);
  for (const line of all) {
    expect(line.subtotalFen).toBe(line.quantity * line.listUnitFen);
    expect(line.totalFen).toBe(line.subtotalFen - line.discountFen - line.couponDiscountFen);
    for (const key of ["quantity", "subtotalFen", "discountFen", "couponDiscountFen", "totalFen"] as const) {
      expect(sum(line.allocations.map((allocation) => allocation[key]))).toBe(line[key]);
    }
  }
}

function price(
  lines: [string, number][],
  promotions: ActivePromotion[] = [],
  stock: StockBatch[] = STOCK,
): PricedCart {
  const result = priceCart({
    cart: { channel: "POS", lines: lines.map(([productId, quantity]) => ({ productId, quantity })) },
    products: PRODUCTS,
    stock,
    promotions,
    coupons: [],
    today: TODAY,
  });
  expectReconciled(result);
  return result;
}

/** [batch, quantity, promoted, discount] per allocation. */
const draws = (line: PricedLine | undefined) =>
  line?.allocations.map((a) => [a.batchId, a.quantity, a.promoted, a.discountFen]);

describe("price cuts: SPECIAL_PRICE, PERCENT_OFF, NTH_ITEM_PERCENT_OFF", () => {
  const special = (unitPriceFen: number, reservedQty = 4) =>
    promo({ type: "SPECIAL_PRICE", params: { unitPriceFen }, reservedQty });
  const percent = (percentOff: number) => promo({ type: "PERCENT_OFF", params: { percentOff } });
  const nth = (n: number, percentOff: number) =>
    promo({ type: "NTH_ITEM_PERCENT_OFF", params: { n, percentOff } });

  it.each([
    {
      name: "special ¥7 on 3",
      promotion: special(700),
      qty: 3,
      discount: 900,
      applied: true,
      draws: [["milk-old", 3, true, 900]],
    },
    {
      name: "special beyond reservedQty: the 5th unit at list, FEFO",
      promotion: special(700),
      qty: 5,
      discount: 1200,
      applied: true,
      draws: [
        ["milk-old", 4, true, 1200],
        ["milk-old", 1, false, 0],
      ],
    },
    {
      name: "a special above list never raises the price (and is not applied)",
      promotion: special(1200),
      qty: 1,
      discount: 0,
      applied: false,
      draws: [["milk-old", 1, false, 0]],
    },
    {
      name: "20% off on 3",
      promotion: percent(20),
      qty: 3,
      discount: 600,
      applied: true,
      draws: [["milk-old", 3, true, 600]],
    },
    {
      name: "20% off beyond the promoted batch's stock: the rest from the next batch at list",
      promotion: percent(20),
      qty: 8,
      discount: 1200,
      applied: true,
      draws: [
        ["milk-old", 6, true, 1200],
        ["milk-new", 2, false, 0],
      ],
    },
    {
      name: "第二件半价 with one unit gives nothing",
      promotion: nth(2, 50),
      qty: 1,
      discount: 0,
      applied: false,
      draws: [["milk-old", 1, false, 0]],
    },
    {
      name: "第二件半价 on 2",
      promotion: nth(2, 50),
      qty: 2,
      discount: 500,
      applied: true,
      draws: [["milk-old", 2, true, 500]],
    },
    {
      name: "第二件半价 on 3: only the 2nd is half price",
      promotion: nth(2, 50),
      qty: 3,
      discount: 500,
      applied: true,
      draws: [["milk-old", 3, true, 500]],
    },
    {
      name: "第二件半价 on 4",
      promotion: nth(2, 50),
      qty: 4,
      discount: 1000,
      applied: true,
      draws: [["milk-old", 4, true, 1000]],
    },
    {
      name: "买三免一 (n 3, 100%) on 6",
      promotion: nth(3, 100),
      qty: 6,
      discount: 2000,
      applied: true,
      draws: [["milk-old", 6, true, 2000]],
    },
  ])("$name", ({ promotion, qty, discount, applied, draws: expected }) => {
    const [line] = price([["milk", qty]], [promotion]).lines;
    expect(line).toMatchObject({
      quantity: qty,
      discountFen: discount,
      totalFen: qty * 1000 - discount,
      promotionId: applied ? "p1" : null,
    });
    expect(draws(line)).toEqual(expected);
  });

  it("draws the promoted batch first even when another batch expires sooner", () => {
    const promotion = promo({
      type: "SPECIAL_PRICE",
      params: { unitPriceFen: 700 },
      batchId: "milk-new",
      reservedQty: 2,
    });
    expect(draws(price([["milk", 3]], [promotion]).lines[0])).toEqual([
      ["milk-new", 2, true, 600],
      ["milk-old", 1, false, 0],
    ]);
  });

  it("sells nothing on the promotion when its batch is sold out", () => {
    const promotion = promo({ type: "PERCENT_OFF", params: { percentOff: 20 }, batchId: "milk-gone" });
    expect(price([["milk", 2]], [promotion]).lines[0]).toMatchObject({ discountFen: 0, promotionId: null });
  });
});

describe("rounding: per line, half up", () => {
  const percentOn = (productId: string, percentOff: number) =>
    promo({ type: "PERCENT_OFF", params: { percentOff }, productId, batchId: `${productId}-old` });

  it.each([
    // 999 × 15% = 149.85
    { name: "3 × ¥3.33 at 15% off", productId: "yogurt", qty: 3, percentOff: 15, discount: 150, total: 849 },
    // 1005 × 15% = 150.75 → 151; rounding each unit (50.25 → 50) would give 150.
    {
      name: "3 × ¥3.35 at 15% off, once per line",
      productId: "tofu",
      qty: 3,
      percentOff: 15,
      discount: 151,
      total: 854,
    },
    // 335 × 50% = 167.5: the half goes up.
    { name: "an exact half fen", productId: "tofu", qty: 1, percentOff: 50, discount: 168, total: 167 },
  ])("$name → discount $discount, total $total", ({ productId, qty, percentOff, discount, total }) => {
    const result = price([[productId, qty]], [percentOn(productId, percentOff)]);
    expect(result.lines[0]).toMatchObject({ discountFen: discount, totalFen: total });
    expect(result.totalFen).toBe(total);
  });

  it("rounds 第二件半价 of an odd price half up too", () => {
    const promotion = promo({
      type: "NTH_ITEM_PERCENT_OFF",
      params: { n: 2, percentOff: 50 },
      productId: "yogurt",
      batchId: "yogurt-old",
    });
    expect(price([["yogurt", 2]], [promotion]).lines[0]).toMatchObject({ discountFen: 167, totalFen: 499 });
  });
});

describe("BUY_X_GET_Y", () => {
  const buyGet = (buyQty: number, giftProductId: string, giftQty: number, extra: PromotionBase = {}) =>
    promo({ type: "BUY_X_GET_Y", params: { buyQty, giftProductId, giftQty }, reservedQty: 6, ...extra });

  it("gives the same product from the promoted batch, as a line at 0 with its list value as discount", () => {
    const result = price([["milk", 2]], [buyGet(2, "milk", 1)]);
    expect(draws(result.lines[0])).toEqual([["milk-old", 2, true, 0]]);
    expect(result.gifts).toEqual([
      {
        productId: "milk",
        quantity: 1,
        shortQty: 0,
        listUnitFen: 1000,
        subtotalFen: 1000,
        discountFen: 1000,
        couponDiscountFen: 0,
        totalFen: 0,
        promotionId: "p1",
        allocations: [
          {
            batchId: "milk-old",
            quantity: 1,
            promoted: true,
            subtotalFen: 1000,
            discountFen: 1000,
            couponDiscountFen: 0,
            totalFen: 0,
          },
        ],
      },
    ]);
    expect(result).toMatchObject({ subtotalFen: 3000, discountFen: 1000, totalFen: 2000 });
  });

  it.each([
    {
      name: "whole sets only",
      qty: 5,
      reserved: 6,
      gifts: 2,
      lineDraws: [
        ["milk-old", 4, true, 0],
        ["milk-new", 1, false, 0],
      ],
    },
    // Reserved 3 holds one set of 2 + 1; the other bought units are ordinary FEFO.
    {
      name: "sets bounded by reservedQty",
      qty: 4,
      reserved: 3,
      gifts: 1,
      lineDraws: [
        ["milk-old", 2, true, 0],
        ["milk-old", 2, false, 0],
      ],
    },
    { name: "no set below buyQty", qty: 1, reserved: 6, gifts: 0, lineDraws: [["milk-old", 1, false, 0]] },
  ])("$name", ({ qty, reserved, gifts, lineDraws }) => {
    const result = price([["milk", qty]], [buyGet(2, "milk", 1, { reservedQty: reserved })]);
    expect(draws(result.lines[0])).toEqual(lineDraws);
    expect(sum(result.gifts.map((gift) => gift.quantity))).toBe(gifts);
    expect(result.gifts.flatMap((gift) => gift.allocations.map((a) => a.batchId))).toEqual(
      gifts ? ["milk-old"] : [],
    );
  });

  it("gives another product from its giftBatchId, and never from a fresher batch of it", () => {
    const promotion = promo({
      type: "BUY_X_GET_Y",
      params: { buyQty: 1, giftProductId: "bread", giftQty: 1, giftBatchId: "bread-old" },
    });
    const result = price([["milk", 6]], [promotion]);
    // bread-old has 4: four sets, not six, although bread-new has 10.
    expect(result.gifts.map(draws)).toEqual([[["bread-old", 4, true, 2000]]]);
    expect(draws(result.lines[0])).toEqual([
      ["milk-old", 4, true, 0],
      ["milk-old", 2, false, 0],
    ]);
  });

  it("gives another product FEFO when no gift batch is named", () => {
    const promotion = promo({
      type: "BUY_X_GET_Y",
      params: { buyQty: 1, giftProductId: "bread", giftQty: 1 },
    });
    expect(price([["milk", 5]], [promotion]).gifts.map(draws)).toEqual([
      [
        ["bread-old", 4, true, 2000],
        ["bread-new", 1, true, 500],
      ],
    ]);
  });

  it("never leaves a paying line short to hand out a gift", () => {
    const gift = buyGet(2, "yogurt", 1);
    // yogurt has 10 in stock and the cart pays for all 10: nothing is spare to give.
    const full = price(
      [
        ["milk", 2],
        ["yogurt", 10],
      ],
      [gift],
    );
    expect(full.gifts).toEqual([]);
    expect(full.lines[1]).toMatchObject({ quantity: 10, shortQty: 0 });
    const spare = price(
      [
        ["milk", 2],
        ["yogurt", 9],
      ],
      [gift],
    );
    expect(spare.gifts.map((line) => line.quantity)).toEqual([1]);
    expect(spare.lines[1]).toMatchObject({ quantity: 9, shortQty: 0 });
  });
});

describe("BUNDLE", () => {
  const bundle = (partnerProductId: string, bundlePriceFen: number) =>
    promo({ type: "BUNDLE", params: { partnerProductId, bundlePriceFen } });

  it("splits the bundle discount over both lines by list value, to the fen", () => {
    // ¥10 + ¥3 for ¥10: ¥3 off, 1000 : 300 → 230.77 / 69.23 → 231 / 69.
    const result = price(
      [
        ["milk", 1],
        ["cola", 1],
      ],
      [bundle("cola", 1000)],
    );
    expect(result.lines).toMatchObject([
      { productId: "milk", discountFen: 231, totalFen: 769, promotionId: "p1" },
      { productId: "cola", discountFen: 69, totalFen: 231, promotionId: "p1" },
    ]);
    expect(result.totalFen).toBe(1000);
  });

  it("bundles as many pairs as both lines have; the rest is at list", () => {
    const result = price(
      [
        ["milk", 2],
        ["cola", 1],
      ],
      [bundle("cola", 1000)],
    );
    expect(draws(result.lines[0])).toEqual([
      ["milk-old", 1, true, 231],
      ["milk-old", 1, false, 0],
    ]);
  });

  it("spreads a partner's share over the partner batches it draws", () => {
    // ¥10 + ¥5 for ¥12, six bundles: ¥18 off, 2 : 1 → milk ¥12, bread ¥6 over 4 + 2 units.
    const result = price(
      [
        ["milk", 6],
        ["bread", 6],
      ],
      [bundle("bread", 1200)],
    );
    expect(draws(result.lines[1])).toEqual([
      ["bread-old", 4, true, 400],
      ["bread-new", 2, true, 200],
    ]);
    expect(result.lines[0]).toMatchObject({ discountFen: 1200 });
  });

  it.each([
    { name: "the partner is not in the cart", lines: [["milk", 1]] as [string, number][], priceFen: 1000 },
    {
      name: "the bundle price is above list",
      lines: [
        ["milk", 1],
        ["cola", 1],
      ] as [string, number][],
      priceFen: 1500,
    },
  ])("does nothing when $name", ({ lines, priceFen }) => {
    const result = price(lines, [bundle("cola", priceFen)]);
    expect(result.lines.every((line) => line.promotionId === null && line.discountFen === 0)).toBe(true);
  });
});

describe("stock and cart lines", () => {
  it("prices only what the stock can supply and reports the rest as short", () => {
    const result = price([["bread", 20]]);
    expect(result.lines[0]).toMatchObject({ quantity: 14, shortQty: 6, subtotalFen: 7000, totalFen: 7000 });
    expect(draws(result.lines[0])).toEqual([
      ["bread-old", 4, false, 0],
      ["bread-new", 10, false, 0],
    ]);
    expect(price([["milk", 3]], [], []).lines[0]).toMatchObject({ quantity: 0, shortQty: 3, totalFen: 0 });
  });

  it("merges lines of the same product into the first", () => {
    const result = price([
      ["bread", 2],
      ["milk", 1],
      ["bread", 3],
    ]);
    expect(result.lines.map((line) => [line.productId, line.quantity])).toEqual([
      ["bread", 5],
      ["milk", 1],
    ]);
  });

  it.each([
    { name: "another channel", spec: { channels: ["MALL"] }, applies: false },
    { name: "not started yet", spec: { validFrom: "2026-03-11" }, applies: false },
    { name: "already ended", spec: { validTo: "2026-03-09" }, applies: false },
    { name: "its first day", spec: { validFrom: TODAY }, applies: true },
    { name: "its last day", spec: { validTo: TODAY }, applies: true },
  ])("a promotion on $name applies: $applies", ({ spec, applies }) => {
    const promotion = promo({ type: "PERCENT_OFF", params: { percentOff: 20 }, ...spec });
    expect(price([["milk", 1]], [promotion]).lines[0]?.promotionId).toBe(applies ? "p1" : null);
  });

  it.each([
    { name: "an unknown product", lines: [{ productId: "ghost", quantity: 1 }], today: TODAY },
    { name: "a zero quantity", lines: [{ productId: "milk", quantity: 0 }], today: TODAY },
    { name: "a fractional quantity", lines: [{ productId: "milk", quantity: 1.5 }], today: TODAY },
    { name: "an invalid date", lines: [{ productId: "milk", quantity: 1 }], today: "2026-02-30" },
  ])("throws on $name", ({ lines, today }) => {
    expect(() =>
      priceCart({
        cart: { channel: "POS", lines },
        products: PRODUCTS,
        stock: STOCK,
        promotions: [],
        coupons: [],
        today,
      }),
    ).toThrow(RangeError);
  });

  it("throws on malformed products or stock", () => {
    const input = { cart: { channel: "POS", lines: [] }, promotions: [], coupons: [], today: TODAY };
    const milk = { id: "milk", listPriceFen: 1000, costFen: 600 };
    expect(() => priceCart({ ...input, products: [milk, milk], stock: [] })).toThrow("商品重复");
    expect(() => priceCart({ ...input, products: [{ ...milk, costFen: -1 }], stock: [] })).toThrow("成本");
    const batch = STOCK[0] as StockBatch;
    expect(() => priceCart({ ...input, products: PRODUCTS, stock: [batch, batch] })).toThrow("批次重复");
    expect(() =>
      priceCart({ ...input, products: PRODUCTS, stock: [{ ...batch, expiryDate: "soon" }] }),
    ).toThrow(RangeError);
  });
});

describe("margin floor: clamp and warn", () => {
  const special = (unitPriceFen: number, spec: PromotionBase = {}) =>
    promo({ type: "SPECIAL_PRICE", params: { unitPriceFen }, ...spec });

  it.each([
    {
      name: "below cost is raised to cost",
      promotion: special(500),
      qty: 3,
      discount: 1200,
      cut: "¥3.00",
      pct: 100,
    },
    {
      name: "a 110% floor keeps a markup",
      promotion: special(500, { marginFloorPercent: 110 }),
      qty: 1,
      discount: 340,
      cut: "¥1.60",
      pct: 110,
    },
    {
      name: "a floor under cost without allowBelowCost is cost",
      promotion: special(500, { marginFloorPercent: 80 }),
      qty: 1,
      discount: 400,
      cut: "¥1.00",
      pct: 100,
    },
    {
      name: "a clearance rule goes below cost down to its floor",
      promotion: special(200, { marginFloorPercent: 50, allowBelowCost: true }),
      qty: 1,
      discount: 700,
      cut: "¥1.00",
      pct: 50,
    },
    {
      // Two units must net ≥ 1200 together: 1000 + 100 is cut back to 1000 + 200.
      name: "第 N 件 is held to the floor over the promoted units together",
      promotion: promo({ type: "NTH_ITEM_PERCENT_OFF", params: { n: 2, percentOff: 90 } }),
      qty: 2,
      discount: 800,
      cut: "¥1.00",
      pct: 100,
    },
  ])("$name", ({ promotion, qty, discount, cut, pct }) => {
    const result = price([["milk", qty]], [promotion]);
    expect(result.lines[0]).toMatchObject({ discountFen: discount, promotionId: "p1" });
    expect(result.warnings).toEqual([`促销 p1：鲜牛奶折后低于成本 × ${pct}%，已按底线价计（少优惠 ${cut}）`]);
  });

  it.each([
    {
      name: "within a clearance floor",
      promotion: special(500, { marginFloorPercent: 50, allowBelowCost: true }),
      qty: 1,
      discount: 500,
    },
    {
      name: "a free clearance (floor 0)",
      promotion: special(0, { marginFloorPercent: 0, allowBelowCost: true }),
      qty: 2,
      discount: 2000,
    },
    {
      name: "第 N 件 averaging above the floor",
      promotion: promo({ type: "NTH_ITEM_PERCENT_OFF", params: { n: 2, percentOff: 90 } }),
      qty: 3,
      discount: 900,
    },
  ])("sells as configured $name, without a warning", ({ promotion, qty, discount }) => {
    const result = price([["milk", qty]], [promotion]);
    expect(result.lines[0]?.discountFen).toBe(discount);
    expect(result.warnings).toEqual([]);
  });

  it("rounds the floor up to the fen", () => {
    // 333 × 110% = 366.3: the floor is 367, so a ¥3 special sells at ¥3.67.
    const promotion = special(300, { productId: "jam", batchId: "jam-old", marginFloorPercent: 110 });
    expect(price([["jam", 1]], [promotion]).lines[0]?.totalFen).toBe(367);
  });

  it("moves a bundle item's excess to its partner, then clamps the bundle", () => {
    // ¥13 for ¥7 would put milk under ¥6; milk takes ¥4, cola ¥1.50: the bundle sells at ¥7.50.
    const result = price(
      [
        ["milk", 1],
        ["cola", 1],
      ],
      [promo({ type: "BUNDLE", params: { partnerProductId: "cola", bundlePriceFen: 700 } })],
    );
    expect(result.lines.map((line) => line.discountFen)).toEqual([400, 150]);
    expect(result.warnings).toEqual([
      "促销 p1：鲜牛奶 + 可乐折后低于成本 × 100%，已按底线价计（少优惠 ¥0.50）",
    ]);
  });

  it("leaves out a gift deal below its floor with a warning, unless it is a clearance", () => {
    const buyOneGetOne = {
      type: "BUY_X_GET_Y",
      params: { buyQty: 1, giftProductId: "milk", giftQty: 1 },
    } as const;
    const refused = price([["milk", 2]], [promo(buyOneGetOne)]);
    expect(refused.gifts).toEqual([]);
    expect(refused.warnings).toEqual([
      "促销 p1 未生效：鲜牛奶算上赠品低于成本 × 100%（每组成本 ¥12.00，售价 ¥10.00），买赠不会生效",
    ]);
    const clearance = price(
      [["milk", 2]],
      [promo({ ...buyOneGetOne, allowBelowCost: true, marginFloorPercent: 0 })],
    );
    expect(clearance.gifts.map((gift) => gift.quantity)).toEqual([2]);
  });
});

describe("promotionMargin: the rule preview", () => {
  const milk = { listPriceFen: 1000, costFen: 600 };
  const rule = { productId: "milk", marginFloorPercent: 100, allowBelowCost: false };

  it.each([
    {
      name: "special above cost",
      terms: { type: "SPECIAL_PRICE", params: { unitPriceFen: 700 } },
      expected: {
        dealQuantity: 1,
        listFen: 1000,
        priceFen: 700,
        costFen: 600,
        floorFen: 600,
        action: "APPLY",
        chargedFen: 700,
        marginFen: 100,
        belowCost: false,
        warning: null,
      },
    },
    {
      name: "special below cost, clamped",
      terms: { type: "SPECIAL_PRICE", params: { unitPriceFen: 500 } },
      expected: {
        priceFen: 500,
        action: "CLAMP",
        chargedFen: 600,
        marginFen: 0,
        belowCost: true,
        warning: "低于成本 × 100%：每组将按 ¥6.00 成交，而非设置的 ¥5.00",
      },
    },
    {
      name: "special below cost as a clearance",
      terms: { type: "SPECIAL_PRICE", params: { unitPriceFen: 500 } },
      rule: { marginFloorPercent: 0, allowBelowCost: true },
      expected: {
        floorFen: 0,
        action: "APPLY",
        chargedFen: 500,
        marginFen: -100,
        belowCost: true,
        warning: "低于成本清仓：每组亏损 ¥1.00",
      },
    },
    {
      name: "第二件半价 over its two units",
      terms: { type: "NTH_ITEM_PERCENT_OFF", params: { n: 2, percentOff: 50 } },
      expected: {
        dealQuantity: 2,
        listFen: 2000,
        priceFen: 1500,
        costFen: 1200,
        floorFen: 1200,
        action: "APPLY",
        marginFen: 300,
      },
    },
    {
      name: "15% off",
      terms: { type: "PERCENT_OFF", params: { percentOff: 15 } },
      expected: { priceFen: 850, chargedFen: 850, marginFen: 250 },
    },
    {
      name: "buy 2 get 1 of the same product",
      terms: { type: "BUY_X_GET_Y", params: { buyQty: 2, giftProductId: "milk", giftQty: 1 } },
      expected: {
        dealQuantity: 3,
        listFen: 3000,
        priceFen: 2000,
        costFen: 1800,
        action: "APPLY",
        marginFen: 200,
      },
    },
    {
      name: "buy 1 get 1 of the same product, below cost",
      terms: { type: "BUY_X_GET_Y", params: { buyQty: 1, giftProductId: "milk", giftQty: 1 } },
      expected: {
        dealQuantity: 2,
        priceFen: 1000,
        costFen: 1200,
        action: "SKIP",
        chargedFen: 1000,
        marginFen: 400,
        belowCost: true,
      },
    },
    {
      name: "buy 1 get a yogurt",
      terms: { type: "BUY_X_GET_Y", params: { buyQty: 1, giftProductId: "yogurt", giftQty: 1 } },
      partner: { listPriceFen: 333, costFen: 200 },
      expected: {
        dealQuantity: 1,
        listFen: 1333,
        priceFen: 1000,
        costFen: 800,
        action: "APPLY",
        marginFen: 200,
      },
    },
    {
      name: "a bundle with a best-seller",
      terms: { type: "BUNDLE", params: { partnerProductId: "cola", bundlePriceFen: 1000 } },
      partner: { listPriceFen: 300, costFen: 150 },
      expected: {
        listFen: 1300,
        priceFen: 1000,
        costFen: 750,
        floorFen: 750,
        action: "APPLY",
        marginFen: 250,
      },
    },
    {
      name: "a bundle below its floor",
      terms: { type: "BUNDLE", params: { partnerProductId: "cola", bundlePriceFen: 700 } },
      partner: { listPriceFen: 300, costFen: 150 },
      expected: { priceFen: 700, action: "CLAMP", chargedFen: 750, marginFen: 0 },
    },
  ] as const)("$name", ({ terms, expected, ...extra }) => {
    const preview = promotionMargin({
      ...milk,
      promotion: { ...rule, ...("rule" in extra ? extra.rule : {}), ...terms },
      ...("partner" in extra ? { partner: extra.partner } : {}),
    });
    expect(preview).toMatchObject(expected);
  });

  it("throws on invalid terms or a missing partner", () => {
    const bad = { ...rule, type: "PERCENT_OFF", params: { percentOff: 0 } } as const;
    expect(() => promotionMargin({ ...milk, promotion: bad })).toThrow("折扣百分比");
    const bundle = {
      ...rule,
      type: "BUNDLE",
      params: { partnerProductId: "cola", bundlePriceFen: 1000 },
    } as const;
    expect(() => promotionMargin({ ...milk, promotion: bundle })).toThrow("搭配商品");
    expect(() => promotionMargin({ listPriceFen: -1, costFen: 0, promotion: bad })).toThrow(RangeError);
  });
});
