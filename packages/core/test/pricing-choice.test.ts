import { describe, expect, it } from "vitest";
import {
  type ActivePromotion,
  type CouponTerms,
  type PresentedCoupon,
  type PricedCart,
  type PricingProduct,
  priceCart,
  type StockBatch,
} from "../src";
import { MAX_EXHAUSTIVE_CHOICES } from "../src/pricing/best-choice";
import { type PromotionSpec, promo, TODAY } from "./pricing-fixtures";

const PRODUCTS: PricingProduct[] = [
  { id: "milk", name: "鲜牛奶", listPriceFen: 1000, costFen: 600 },
  { id: "bread", listPriceFen: 500, costFen: 300 },
  { id: "cola", listPriceFen: 300, costFen: 150 },
  { id: "yogurt", listPriceFen: 333, costFen: 200 },
];

const STOCK: StockBatch[] = [
  { batchId: "milk-old", productId: "milk", expiryDate: "2026-03-12", available: 6 },
  { batchId: "milk-new", productId: "milk", expiryDate: "2026-04-20", available: 20 },
  { batchId: "bread-old", productId: "bread", expiryDate: "2026-03-11", available: 10 },
  { batchId: "cola-a", productId: "cola", expiryDate: "2026-08-01", available: 30 },
  { batchId: "yogurt-old", productId: "yogurt", expiryDate: "2026-03-12", available: 10 },
];

/** Everything of a coupon but its terms. */
type CouponBase = Partial<Omit<PresentedCoupon, "type" | "params">>;

function coupon(code: string, terms: CouponTerms, spec: CouponBase = {}): PresentedCoupon {
  return {
    code,
    ...terms,
    minSpendFen: 0,
    perCustomerLimit: null,
    usedByCustomer: 0,
    validFrom: "2026-03-01",
    validTo: "2026-03-31",
    ...spec,
  };
}
const amountOff = (code: string, amountFen: number, spec: CouponBase = {}) =>
  coupon(code, { type: "AMOUNT_OFF", params: { amountFen } }, spec);
const percentOff = (code: string, percent: number, spec: CouponBase = {}) =>
  coupon(code, { type: "PERCENT_OFF", params: { percentOff: percent } }, spec);

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function price(
  lines: [string, number][],
  promotions: ActivePromotion[],
  coupons: PresentedCoupon[] = [],
  /** null: an anonymous shopper. */
  customer: string | null = "customer-1",
): PricedCart {
  const result = priceCart({
    cart: {
      channel: "POS",
      customerId: customer ?? undefined,
      lines: lines.map(([productId, quantity]) => ({ productId, quantity })),
    },
    products: PRODUCTS,
    stock: STOCK,
    promotions,
    coupons,
    today: TODAY,
  });
  expect(result.totalFen).toBe(result.subtotalFen - result.discountFen);
  expect(sum(result.lines.map((line) => line.totalFen))).toBe(result.totalFen);
  expect(sum(result.lines.map((line) => line.couponDiscountFen))).toBe(result.coupon?.discountFen ?? 0);
  return result;
}

describe("best for the customer", () => {
  const special = (id: string, unitPriceFen: number, priority = 0) =>
    promo({ id, type: "SPECIAL_PRICE", params: { unitPriceFen }, priority });
  const percent = (id: string, percent: number, priority = 0) =>
    promo({ id, type: "PERCENT_OFF", params: { percentOff: percent }, priority });

  it("takes the lowest total over a higher priority", () => {
    const result = price([["milk", 2]], [special("special", 800, 5), percent("percent", 30, 1)]);
    expect(result.lines[0]).toMatchObject({ promotionId: "percent", discountFen: 600 });
  });

  it.each([
    { priorities: [2, 1], winner: "x" },
    { priorities: [1, 2], winner: "y" },
    { priorities: [0, 0], winner: "x" }, // equal priority: the lower id
  ])("breaks a tie by priority, then id: $priorities → $winner", ({ priorities, winner }) => {
    // ¥7 special and 30% off both take ¥3 off one milk.
    const [px = 0, py = 0] = priorities;
    const result = price([["milk", 1]], [percent("y", 30, py), special("x", 700, px)]);
    expect(result.lines[0]).toMatchObject({ promotionId: winner, discountFen: 300 });
  });

  it.each([
    { qty: 1, winner: "percent", discount: 200 },
    { qty: 2, winner: "nth", discount: 500 },
    { qty: 3, winner: "percent", discount: 600 },
    { qty: 4, winner: "nth", discount: 1000 },
  ])("第二件半价 or 20% off on $qty: $winner", ({ qty, winner, discount }) => {
    const nth = promo({ id: "nth", type: "NTH_ITEM_PERCENT_OFF", params: { n: 2, percentOff: 50 } });
    const result = price([["milk", qty]], [nth, percent("percent", 20)]);
    expect(result.lines[0]).toMatchObject({ promotionId: winner, discountFen: discount });
  });

  it("prefers paying less to a bigger gift, and takes a free gift over nothing", () => {
    const gift = promo({
      id: "gift",
      type: "BUY_X_GET_Y",
      params: { buyQty: 2, giftProductId: "milk", giftQty: 1 },
    });
    const cheaper = price([["milk", 2]], [gift, percent("percent", 10)]);
    expect(cheaper).toMatchObject({ totalFen: 1800, gifts: [] });
    expect(cheaper.lines[0]?.promotionId).toBe("percent");
    const free = price([["milk", 2]], [gift]);
    expect(free).toMatchObject({ totalFen: 2000, discountFen: 1000 });
    expect(free.lines[0]?.promotionId).toBe("gift");
  });

  it("weighs a bundle against the partner's own promotion", () => {
    const bundle = promo({
      id: "bundle",
      type: "BUNDLE",
      params: { partnerProductId: "cola", bundlePriceFen: 1000 },
    });
    const colaSpecial = promo({
      id: "cola-special",
      type: "SPECIAL_PRICE",
      params: { unitPriceFen: 200 },
      productId: "cola",
      batchId: "cola-a",
    });
    const one = price(
      [
        ["milk", 1],
        ["cola", 1],
      ],
      [bundle, colaSpecial],
    );
    expect(one.lines.map((line) => line.promotionId)).toEqual(["bundle", "bundle"]);
    expect(one.totalFen).toBe(1000);
    // Ten colas at ¥1 off each beat one bundle's ¥3 off.
    const many = price(
      [
        ["milk", 1],
        ["cola", 10],
      ],
      [bundle, colaSpecial],
    );
    expect(many.lines.map((line) => line.promotionId)).toEqual([null, "cola-special"]);
    expect(many.totalFen).toBe(1000 + 2000);
  });

  it("gives the same result whatever order promotions and coupons arrive in", () => {
    const promotions = [special("a", 700), percent("b", 30), percent("c", 25, 3)];
    const coupons = [amountOff("K1", 100), percentOff("K2", 5), amountOff("K3", 100)];
    const forward = price([["milk", 3]], promotions, coupons);
    const backward = price([["milk", 3]], [...promotions].reverse(), [...coupons].reverse());
    expect({ ...backward, rejectedCoupons: [...backward.rejectedCoupons].reverse() }).toEqual(forward);
  });

  it(`still chooses, greedily and deterministically, past ${MAX_EXHAUSTIVE_CHOICES} combinations`, () => {
    const count = Math.ceil(Math.log2(MAX_EXHAUSTIVE_CHOICES)) + 1;
    const ids = Array.from({ length: count }, (_, k) => `item-${String(k).padStart(2, "0")}`);
    const result = priceCart({
      cart: { channel: "POS", lines: ids.map((productId) => ({ productId, quantity: 1 })) },
      products: ids.map((id) => ({ id, listPriceFen: 1000, costFen: 100 })),
      stock: ids.map((id) => ({ batchId: `${id}-b`, productId: id, expiryDate: "2026-03-20", available: 5 })),
      promotions: ids.map((id) =>
        promo({
          id: `off-${id}`,
          type: "PERCENT_OFF",
          params: { percentOff: 10 },
          productId: id,
          batchId: `${id}-b`,
        }),
      ),
      coupons: [],
      today: TODAY,
    });
    expect(result.lines.map((line) => line.promotionId)).toEqual(ids.map((id) => `off-${id}`));
    expect(result.totalFen).toBe(count * 900);
  });
});

describe("stacking with coupons", () => {
  const twentyOff = (stacksWithCoupon: boolean) =>
    promo({ type: "PERCENT_OFF", params: { percentOff: 20 }, stacksWithCoupon });

  it("weighs a non-stacking promotion against the coupon it excludes", () => {
    // 20% off and no coupon: ¥16; no promotion and 25% off: ¥15.
    const result = price([["milk", 2]], [twentyOff(false)], [percentOff("QUARTER", 25)]);
    expect(result.lines[0]).toMatchObject({ promotionId: null, discountFen: 0, couponDiscountFen: 500 });
    expect(result).toMatchObject({ coupon: { code: "QUARTER", discountFen: 500 }, totalFen: 1500 });
  });

  it("puts a coupon on top of a stacking promotion, on the discounted price", () => {
    const result = price([["milk", 2]], [twentyOff(true)], [percentOff("QUARTER", 25)]);
    expect(result.lines[0]).toMatchObject({ promotionId: "p1", discountFen: 400, couponDiscountFen: 400 });
    expect(result.totalFen).toBe(1200);
  });

  it("measures the minimum spend on the lines the coupon may discount", () => {
    const special = promo({ type: "SPECIAL_PRICE", params: { unitPriceFen: 700 } });
    const result = price(
      [
        ["milk", 2],
        ["bread", 2],
      ],
      [special],
      [amountOff("MIN15", 200, { minSpendFen: 1500 })],
    );
    // Keeping the special (¥24) beats dropping it to reach the minimum (¥30 − ¥2).
    expect(result).toMatchObject({ totalFen: 2400, coupon: null });
    expect(result.rejectedCoupons).toEqual([
      { code: "MIN15", reason: "未满 ¥15.00（可用券商品合计 ¥10.00）" },
    ]);
  });

  it("reports a coupon with no line to discount", () => {
    const result = price(
      [["milk", 1]],
      [promo({ type: "PERCENT_OFF", params: { percentOff: 40 } })],
      [amountOff("K", 100)],
    );
    expect(result.totalFen).toBe(600);
    expect(result.rejectedCoupons).toEqual([
      { code: "K", reason: "购物车中没有可用券的商品（参加不叠加券促销的商品除外）" },
    ]);
  });
});

describe("coupons", () => {
  it.each([
    {
      name: "a percent coupon, half up on its base",
      lines: [["yogurt", 1]],
      coupon: percentOff("K", 15),
      shares: [50],
    },
    {
      name: "an amount split by largest remainder",
      lines: [
        ["milk", 1],
        ["bread", 1],
        ["yogurt", 1],
      ],
      coupon: amountOff("K", 100),
      shares: [55, 27, 18],
    },
    {
      name: "an amount above the base, down to zero",
      lines: [["bread", 1]],
      coupon: amountOff("K", 5000),
      shares: [500],
    },
  ] as const)("$name: $shares", ({ lines, coupon: presented, shares }) => {
    const result = price(
      lines.map(([id, qty]) => [id, qty]),
      [],
      [presented],
    );
    expect(result.lines.map((line) => line.couponDiscountFen)).toEqual(shares);
    expect(result.lines.every((line) => line.totalFen >= 0)).toBe(true);
  });

  it("spreads a line's coupon share over its batches by what each batch still costs", () => {
    const result = price([["milk", 8]], [], [amountOff("K", 100)]);
    expect(result.lines[0]?.allocations.map((a) => [a.batchId, a.couponDiscountFen])).toEqual([
      ["milk-old", 75],
      ["milk-new", 25],
    ]);
  });

  it("uses the best one coupon per order, lower code on a tie, and says why not the others", () => {
    const result = price([["milk", 2]], [], [amountOff("C", 200), amountOff("A", 100), percentOff("B", 10)]);
    expect(result.coupon).toEqual({ code: "B", discountFen: 200 });
    expect(result.rejectedCoupons).toEqual([
      { code: "C", reason: "每单限用一张优惠券，已使用更优惠的 B" },
      { code: "A", reason: "每单限用一张优惠券，已使用更优惠的 B" },
    ]);
  });

  it.each([
    { name: "not yet valid", spec: { validFrom: "2026-03-11" }, reason: "尚未生效（2026-03-11 起可用）" },
    { name: "expired", spec: { validTo: "2026-03-09" }, reason: "已过期（有效期至 2026-03-09）" },
    { name: "used up", spec: { perCustomerLimit: 2, usedByCustomer: 2 }, reason: "每人限用 2 次，已用完" },
    {
      name: "limited but anonymous",
      spec: { perCustomerLimit: 1 },
      anonymous: true,
      reason: "该券每人限用，请先登录会员",
    },
    { name: "a zero face value", spec: {}, amountFen: 0, reason: "优惠券无效：面额无效" },
    { name: "a negative minimum", spec: { minSpendFen: -1 }, reason: "优惠券无效：最低消费金额无效" },
    { name: "a zero limit", spec: { perCustomerLimit: 0 }, reason: "优惠券无效：每人限用次数无效" },
    { name: "a bad use count", spec: { usedByCustomer: -1 }, reason: "优惠券无效：已用次数无效" },
    { name: "an impossible date", spec: { validTo: "2026-02-30" }, reason: "优惠券无效：有效期不是有效日期" },
    {
      name: "dates backwards",
      spec: { validFrom: "2026-03-31", validTo: "2026-03-01" },
      reason: "优惠券无效：有效期结束早于开始",
    },
  ])("rejects a coupon $name", ({ spec, amountFen = 100, anonymous, reason }) => {
    const result = price(
      [["milk", 1]],
      [],
      [amountOff("K", amountFen, spec)],
      anonymous ? null : "customer-1",
    );
    expect(result).toMatchObject({ coupon: null, totalFen: 1000, rejectedCoupons: [{ code: "K", reason }] });
  });

  it("lets an anonymous shopper use a coupon without a per-customer limit, on its last day", () => {
    const result = price([["milk", 1]], [], [amountOff("K", 100, { validTo: TODAY })], null);
    expect(result.coupon).toEqual({ code: "K", discountFen: 100 });
  });

  it("rejects a second copy of the same code", () => {
    const result = price([["milk", 1]], [], [amountOff("K", 100), amountOff("K", 100)]);
    expect(result.coupon).toEqual({ code: "K", discountFen: 100 });
    expect(result.rejectedCoupons).toEqual([{ code: "K", reason: "同一张券重复出示" }]);
  });

  it("never takes a line below its promotion's floor, passing the excess to other lines", () => {
    // 30% off milk leaves ¥7 against a ¥6 floor: milk can take ¥1 of the coupon.
    const thirtyOff = promo({ type: "PERCENT_OFF", params: { percentOff: 30 }, stacksWithCoupon: true });
    const alone = price([["milk", 1]], [thirtyOff], [amountOff("K", 300)]);
    expect(alone).toMatchObject({ totalFen: 600, coupon: { code: "K", discountFen: 100 } });
    expect(alone.warnings).toEqual(["优惠券 K：部分商品已到成本底线，少优惠 ¥2.00"]);
    const withBread = price(
      [
        ["milk", 1],
        ["bread", 1],
      ],
      [thirtyOff],
      [amountOff("K", 300)],
    );
    expect(withBread.lines.map((line) => line.couponDiscountFen)).toEqual([100, 200]);
    expect(withBread.warnings).toEqual([]);
  });

  it("rejects a coupon that only lines already at their floor could take", () => {
    const atFloor = promo({ type: "SPECIAL_PRICE", params: { unitPriceFen: 600 }, stacksWithCoupon: true });
    const result = price([["milk", 1]], [atFloor], [amountOff("K", 100)]);
    expect(result.totalFen).toBe(600);
    expect(result.rejectedCoupons).toEqual([{ code: "K", reason: "可用券商品已是最低价，无法再优惠" }]);
  });
});

describe("screening promotions", () => {
  it.each([
    {
      name: "a zero percent",
      spec: { type: "PERCENT_OFF", params: { percentOff: 0 } },
      reason: "折扣百分比必须是 1–100 的整数",
    },
    {
      name: "a negative special",
      spec: { type: "SPECIAL_PRICE", params: { unitPriceFen: -1 } },
      reason: "特价必须是非负整数分",
    },
    {
      name: "an n-th item of 1",
      spec: { type: "NTH_ITEM_PERCENT_OFF", params: { n: 1, percentOff: 50 } },
      reason: "第 N 件的 N 必须是不小于 2 的整数",
    },
    {
      name: "an n-th item over 100%",
      spec: { type: "NTH_ITEM_PERCENT_OFF", params: { n: 2, percentOff: 101 } },
      reason: "折扣百分比必须是 1–100 的整数",
    },
    {
      name: "buying nothing",
      spec: { type: "BUY_X_GET_Y", params: { buyQty: 0, giftProductId: "milk", giftQty: 1 } },
      reason: "买赠数量必须是正整数",
    },
    {
      name: "an unknown gift",
      spec: { type: "BUY_X_GET_Y", params: { buyQty: 1, giftProductId: "ghost", giftQty: 1 } },
      reason: "赠品商品不存在",
    },
    {
      name: "a gift batch of another product",
      spec: {
        type: "BUY_X_GET_Y",
        params: { buyQty: 1, giftProductId: "yogurt", giftQty: 1, giftBatchId: "bread-old" },
      },
      reason: "赠品批次不属于赠品商品",
    },
    {
      name: "a same-product gift from another batch",
      spec: {
        type: "BUY_X_GET_Y",
        params: { buyQty: 1, giftProductId: "milk", giftQty: 1, giftBatchId: "milk-new" },
      },
      reason: "同商品买赠的赠品出自促销批次，不能另指定批次",
    },
    {
      name: "a bundle with itself",
      spec: { type: "BUNDLE", params: { partnerProductId: "milk", bundlePriceFen: 100 } },
      reason: "组合的搭配商品不能是促销商品本身",
    },
    {
      name: "a negative bundle price",
      spec: { type: "BUNDLE", params: { partnerProductId: "cola", bundlePriceFen: -1 } },
      reason: "组合价必须是非负整数分",
    },
    {
      name: "a batch of another product",
      spec: { type: "PERCENT_OFF", params: { percentOff: 10 }, batchId: "bread-old" },
      reason: "促销批次不属于该商品",
    },
    {
      name: "a negative reservation",
      spec: { type: "PERCENT_OFF", params: { percentOff: 10 }, reservedQty: -1 },
      reason: "预留数量必须是非负整数",
    },
    {
      name: "a fractional priority",
      spec: { type: "PERCENT_OFF", params: { percentOff: 10 }, priority: 0.5 },
      reason: "优先级必须是整数",
    },
    {
      name: "a negative floor",
      spec: { type: "PERCENT_OFF", params: { percentOff: 10 }, marginFloorPercent: -1 },
      reason: "成本底线百分比必须是非负整数",
    },
    {
      name: "backwards dates",
      spec: { type: "PERCENT_OFF", params: { percentOff: 10 }, validTo: "2026-02-01" },
      reason: "有效期结束早于开始",
    },
  ] as const)("leaves out $name with a warning", ({ spec, reason }) => {
    const result = price(
      [
        ["milk", 1],
        ["cola", 1],
      ],
      [promo(spec as PromotionSpec)],
    );
    expect(result.lines[0]?.promotionId).toBeNull();
    expect(result.warnings).toEqual([`促销 p1 未生效：${reason}`]);
  });

  it("trusts neither copy of a duplicated id", () => {
    const a = promo({ type: "PERCENT_OFF", params: { percentOff: 10 } });
    const b = promo({ type: "PERCENT_OFF", params: { percentOff: 20 } });
    const result = price([["milk", 1]], [a, b]);
    expect(result.lines[0]?.promotionId).toBeNull();
    expect(result.warnings).toEqual(["促销 p1 未生效：促销编号重复", "促销 p1 未生效：促销编号重复"]);
  });

  it("says nothing about a broken promotion that does not concern this cart", () => {
    const broken = { type: "PERCENT_OFF", params: { percentOff: 0 } } as const;
    const result = price(
      [["milk", 1]],
      [
        promo({ ...broken, channels: ["MALL"] }),
        promo({ ...broken, id: "p2", productId: "bread", batchId: "bread-old" }),
      ],
    );
    expect(result.warnings).toEqual([]);
  });
});
