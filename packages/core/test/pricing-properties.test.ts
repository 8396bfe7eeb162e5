import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ActivePromotion,
  type PresentedCoupon,
  type PriceCartInput,
  type PricedCart,
  type PromotionTerms,
  priceCart,
  type StockBatch,
} from "../src";

const IDS = ["p0", "p1", "p2"] as const;
const TODAY = "2026-03-10";
const count = (min: number, max: number) => fc.integer({ min, max });
/** A batch id of a product; index 3 never exists (a sold-out promoted batch). */
const batchIdOf = (productId: string, index: number) => `${productId}-b${index}`;
/** Mostly a batch that exists, sometimes the missing one. */
const batchIndex = fc.oneof({ arbitrary: count(0, 2), weight: 9 }, { arbitrary: fc.constant(3), weight: 1 });

const priceCuts: fc.Arbitrary<PromotionTerms> = fc.oneof(
  fc.record({
    type: fc.constant("SPECIAL_PRICE" as const),
    params: fc.record({ unitPriceFen: count(0, 6000) }),
  }),
  fc.record({ type: fc.constant("PERCENT_OFF" as const), params: fc.record({ percentOff: count(1, 100) }) }),
  fc.record({
    type: fc.constant("NTH_ITEM_PERCENT_OFF" as const),
    params: fc.record({ n: count(2, 4), percentOff: count(1, 100) }),
  }),
);

const gifts: fc.Arbitrary<PromotionTerms> = fc.record({
  type: fc.constant("BUY_X_GET_Y" as const),
  params: fc
    .record({
      buyQty: count(1, 3),
      giftProductId: fc.constantFrom(...IDS),
      giftQty: count(1, 2),
      giftBatch: fc.option(batchIndex, { nil: undefined }),
    })
    .map(({ giftBatch, ...params }) =>
      giftBatch === undefined
        ? params
        : { ...params, giftBatchId: batchIdOf(params.giftProductId, giftBatch) },
    ),
});

const bundles: fc.Arbitrary<PromotionTerms> = fc.record({
  type: fc.constant("BUNDLE" as const),
  params: fc.record({ partnerProductId: fc.constantFrom(...IDS), bundlePriceFen: count(0, 10_000) }),
});

function promotionsOf(terms: fc.Arbitrary<PromotionTerms>): fc.Arbitrary<ActivePromotion[]> {
  return fc
    .array(
      fc.record({
        terms,
        productId: fc.constantFrom(...IDS),
        batch: batchIndex,
        reservedQty: count(0, 10),
        stacksWithCoupon: fc.boolean(),
        marginFloorPercent: count(0, 150),
        allowBelowCost: fc.boolean(),
        priority: count(0, 3),
      }),
      { maxLength: 6 },
    )
    .map((list) =>
      list.map(({ terms: t, productId, batch, ...rest }, k) => ({
        ...t,
        ...rest,
        id: `promo-${k}`,
        productId,
        batchId: batchIdOf(productId, batch),
        channels: ["POS"],
        validFrom: "2026-03-01",
        validTo: "2026-03-31",
      })),
    );
}

const coupons: fc.Arbitrary<PresentedCoupon[]> = fc
  .array(
    fc.record({
      terms: fc.oneof(
        fc.record({
          type: fc.constant("AMOUNT_OFF" as const),
          params: fc.record({ amountFen: count(1, 5000) }),
        }),
        fc.record({
          type: fc.constant("PERCENT_OFF" as const),
          params: fc.record({ percentOff: count(1, 100) }),
        }),
      ),
      minSpendFen: count(0, 5000),
      perCustomerLimit: fc.option(count(1, 3)),
      usedByCustomer: count(0, 3),
    }),
    { maxLength: 3 },
  )
  .map((list) =>
    list.map(({ terms: t, ...rest }, k) => ({
      ...t,
      ...rest,
      code: `K${k}`,
      validFrom: "2026-03-01",
      validTo: "2026-03-31",
    })),
  );

function stockOf(maxAvailable: number): fc.Arbitrary<StockBatch[]> {
  return fc
    .tuple(
      ...IDS.map((productId) =>
        fc
          .array(
            fc.record({
              expiryDate: fc.constantFrom("2026-03-10", "2026-03-12", "2026-04-01"),
              available: count(0, maxAvailable),
            }),
            { minLength: 1, maxLength: 3 },
          )
          .map((batches) =>
            batches.map((batch, k) => ({ ...batch, batchId: batchIdOf(productId, k), productId })),
          ),
      ),
    )
    .map((perProduct) => perProduct.flat());
}

function world(options: {
  terms: fc.Arbitrary<PromotionTerms>;
  maxCostPercent: number;
  maxAvailable: number;
}): fc.Arbitrary<PriceCartInput> {
  return fc.record({
    cart: fc.record({
      channel: fc.constant("POS"),
      customerId: fc.option(fc.constant("customer-1"), { nil: undefined }),
      lines: fc.array(fc.record({ productId: fc.constantFrom(...IDS), quantity: count(1, 8) }), {
        minLength: 1,
        maxLength: 4,
      }),
    }),
    products: fc.tuple(
      ...IDS.map((id) =>
        fc
          .record({ listPriceFen: count(0, 5000), costPercent: count(0, options.maxCostPercent) })
          .map(({ listPriceFen, costPercent }) => ({
            id,
            listPriceFen,
            costFen: Math.floor((listPriceFen * costPercent) / 100),
          })),
      ),
    ),
    stock: stockOf(options.maxAvailable),
    promotions: promotionsOf(options.terms),
    coupons,
    today: fc.constant(TODAY),
  });
}

const inputs = fc.oneof(
  // Every type; cost mostly under list, sometimes above it (a loss leader).
  world({ terms: fc.oneof(priceCuts, gifts, bundles), maxCostPercent: 120, maxAvailable: 12 }),
  // Well-stocked cheap goods, one kind of deal each: a gift never lowers the total, so any
  // competing price cut or bundle would win the line and gifts would hardly be exercised.
  world({ terms: gifts, maxCostPercent: 30, maxAvailable: 30 }),
  world({ terms: bundles, maxCostPercent: 60, maxAvailable: 30 }),
);

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const linesOf = (result: PricedCart) => [...result.lines, ...result.gifts];

/** Units of each batch the result draws, over lines and gifts. */
function drawnPerBatch(result: PricedCart): Map<string, number> {
  const drawn = new Map<string, number>();
  for (const line of linesOf(result)) {
    for (const a of line.allocations) drawn.set(a.batchId, (drawn.get(a.batchId) ?? 0) + a.quantity);
  }
  return drawn;
}

const RUNS = { numRuns: 500 };

describe("priceCart (properties)", () => {
  it("never discounts more than the subtotal, nor prices anything below zero", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = priceCart(input);
        expect(result.discountFen).toBeLessThanOrEqual(result.subtotalFen);
        expect(result.totalFen).toBeGreaterThanOrEqual(0);
        for (const line of linesOf(result)) {
          expect(line.discountFen + line.couponDiscountFen).toBeLessThanOrEqual(line.subtotalFen);
          expect(line.discountFen).toBeGreaterThanOrEqual(0);
          expect(line.couponDiscountFen).toBeGreaterThanOrEqual(0);
          for (const a of line.allocations) {
            expect(a.totalFen).toBeGreaterThanOrEqual(0);
            expect(a.discountFen).toBeGreaterThanOrEqual(0);
            expect(a.couponDiscountFen).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      RUNS,
    );
  });

  it("reconciles to the fen: batches to their line, lines to the cart", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = priceCart(input);
        const all = linesOf(result);
        expect(result.subtotalFen).toBe(sum(all.map((line) => line.subtotalFen)));
        expect(result.totalFen).toBe(sum(all.map((line) => line.totalFen)));
        expect(result.totalFen).toBe(result.subtotalFen - result.discountFen);
        expect(sum(result.lines.map((line) => line.couponDiscountFen))).toBe(result.coupon?.discountFen ?? 0);
        for (const line of all) {
          expect(line.subtotalFen).toBe(line.quantity * line.listUnitFen);
          expect(line.totalFen).toBe(line.subtotalFen - line.discountFen - line.couponDiscountFen);
          for (const key of [
            "quantity",
            "subtotalFen",
            "discountFen",
            "couponDiscountFen",
            "totalFen",
          ] as const) {
            expect(sum(line.allocations.map((a) => a[key]))).toBe(line[key]);
          }
        }
        for (const gift of result.gifts) expect(gift.totalFen).toBe(0);
        // Every asked-for unit is either priced or reported short.
        const asked = new Map<string, number>();
        for (const l of input.cart.lines) asked.set(l.productId, (asked.get(l.productId) ?? 0) + l.quantity);
        for (const line of result.lines)
          expect(line.quantity + line.shortQty).toBe(asked.get(line.productId));
      }),
      RUNS,
    );
  });

  it("draws gifts and promoted units only from the promoted batch, and uses it before going to list price", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = priceCart(input);
        const byId = new Map(input.promotions.map((p) => [p.id, p]));
        const drawn = drawnPerBatch(result);
        const left = (batchId: string) =>
          (input.stock.find((b) => b.batchId === batchId)?.available ?? 0) - (drawn.get(batchId) ?? 0);
        for (const line of result.lines) {
          const promotion = line.promotionId === null ? undefined : byId.get(line.promotionId);
          if (!promotion || promotion.productId !== line.productId) continue; // none, or a bundle partner
          const promoted = line.allocations.filter((a) => a.promoted);
          for (const a of promoted) expect(a.batchId).toBe(promotion.batchId);
          if (promotion.type === "BUNDLE" || promotion.type === "BUY_X_GET_Y") continue;
          // A price cut sends a unit to list price only once its batch or its reservation is used up.
          if (line.allocations.some((a) => !a.promoted)) {
            const used = sum(promoted.map((a) => a.quantity));
            expect(used === promotion.reservedQty || left(promotion.batchId) === 0).toBe(true);
          }
        }
        for (const gift of result.gifts) {
          const promotion = byId.get(gift.promotionId ?? "");
          if (promotion?.type !== "BUY_X_GET_Y") throw new Error("a gift without its promotion");
          const { giftProductId, giftBatchId } = promotion.params;
          const source = giftProductId === promotion.productId ? promotion.batchId : giftBatchId;
          expect(gift.productId).toBe(giftProductId);
          if (source !== undefined) for (const a of gift.allocations) expect(a.batchId).toBe(source);
        }
      }),
      RUNS,
    );
  });

  it("never overdraws a batch, draws list-price units FEFO, and leaves a line short only when nothing is left or given away", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = priceCart(input);
        const drawn = drawnPerBatch(result);
        const left = (batch: StockBatch) => batch.available - (drawn.get(batch.batchId) ?? 0);
        for (const batch of input.stock) expect(left(batch)).toBeGreaterThanOrEqual(0);
        for (const line of result.lines) {
          const batches = input.stock.filter((b) => b.productId === line.productId);
          if (line.shortQty > 0) {
            expect(sum(batches.map(left))).toBe(0);
            // Paid units come before gifts: nothing of a short product was given away.
            expect(result.gifts.filter((gift) => gift.productId === line.productId)).toEqual([]);
          }
          for (const a of line.allocations.filter((x) => !x.promoted)) {
            const expiry = batches.find((b) => b.batchId === a.batchId)?.expiryDate ?? "";
            for (const sooner of batches.filter((b) => b.expiryDate < expiry)) expect(left(sooner)).toBe(0);
          }
        }
      }),
      RUNS,
    );
  });

  it("keeps promoted units at or above the margin floor, coupon included, unless they were below it at list", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = priceCart(input);
        const byId = new Map(input.promotions.map((p) => [p.id, p]));
        for (const line of result.lines) {
          const promotion = line.promotionId === null ? undefined : byId.get(line.promotionId);
          if (!promotion || promotion.type === "BUY_X_GET_Y") continue;
          const cost = input.products.find((p) => p.id === line.productId)?.costFen ?? 0;
          const percent = promotion.allowBelowCost
            ? promotion.marginFloorPercent
            : Math.max(100, promotion.marginFloorPercent);
          const promoted = line.allocations.filter((a) => a.promoted);
          const units = sum(promoted.map((a) => a.quantity));
          const floor = Math.ceil((units * cost * percent) / 100);
          const promotedList = units * line.listUnitFen;
          expect(sum(promoted.map((a) => a.subtotalFen - a.discountFen))).toBeGreaterThanOrEqual(
            Math.min(promotedList, floor),
          );
          const net = line.subtotalFen - line.discountFen;
          expect(line.totalFen).toBeGreaterThanOrEqual(Math.min(net, floor));
        }
      }),
      RUNS,
    );
  });

  it("is never worse for the customer than no promotion, and ignores the order of its inputs", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = priceCart(input);
        expect(result.totalFen).toBeLessThanOrEqual(priceCart({ ...input, promotions: [] }).totalFen);
        expect(result.totalFen).toBeLessThanOrEqual(
          priceCart({ ...input, promotions: [], coupons: [] }).totalFen,
        );
        const reversed = priceCart({
          ...input,
          promotions: [...input.promotions].reverse(),
          coupons: [...input.coupons].reverse(),
        });
        const byCode = (r: PricedCart) => [...r.rejectedCoupons].sort((a, b) => a.code.localeCompare(b.code));
        expect({ ...reversed, rejectedCoupons: byCode(reversed) }).toEqual({
          ...result,
          rejectedCoupons: byCode(result),
        });
      }),
      RUNS,
    );
  });
});
