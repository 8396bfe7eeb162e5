import type { ItemPricing } from "./cart-state";
import type { ContextLine, PricingContext } from "./context";
import { applyCoupon, type CouponOutcome } from "./coupons";
import { priceItems } from "./price-items";
import type { ActivePromotion, PresentedCoupon } from "./types";

/** Every candidate choice is tried up to this many; past it the search is greedy (see chooseBest). */
export const MAX_EXHAUSTIVE_CHOICES = 1024;

type Owners = readonly (ActivePromotion | null)[];

export interface Choice {
  readonly owners: Owners;
  readonly items: ItemPricing;
  readonly coupon: {
    readonly coupon: PresentedCoupon;
    readonly outcome: Extract<CouponOutcome, { applied: true }>;
  } | null;
  readonly totalFen: number;
  /** Promotions, gifts and the coupon. */
  readonly discountFen: number;
}

/**
 * The customer's best: the lowest total; then the most discount (so a gift is taken when it costs
 * nothing); then, line by line in cart order, no promotion before any (never label a line with a
 * promotion that changed nothing), higher priority, lower id. A total order, so every channel
 * chooses the same.
 */
function compareChoices(a: Choice, b: Choice): number {
  if (a.totalFen !== b.totalFen) return a.totalFen - b.totalFen;
  if (a.discountFen !== b.discountFen) return b.discountFen - a.discountFen;
  for (const [index, x] of a.owners.entries()) {
    const y = b.owners[index] ?? null;
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    if (x.priority !== y.priority) return y.priority - x.priority;
    return x.id < y.id ? -1 : 1;
  }
  return 0;
}

/** Prices one choice of promotions with the best of the usable coupons (at most one per order). */
function evaluate(ctx: PricingContext, owners: Owners, coupons: readonly PresentedCoupon[]): Choice {
  const items = priceItems(ctx, owners);
  let best: Choice["coupon"] = null;
  // Coupons arrive sorted by code, so of two equal discounts the first code wins.
  for (const coupon of coupons) {
    const outcome = applyCoupon(coupon, items.lines);
    if (outcome.applied && outcome.discountFen > (best?.outcome.discountFen ?? 0)) best = { coupon, outcome };
  }
  const couponFen = best?.outcome.discountFen ?? 0;
  return {
    owners,
    items,
    coupon: best,
    totalFen: items.totalFen - couponFen,
    discountFen: items.discountFen + couponFen,
  };
}

/** The lines a promotion takes over: its own, and a bundle's partner. */
function claims(ctx: PricingContext, line: ContextLine, promotion: ActivePromotion): number[] {
  const partner = promotion.type === "BUNDLE" ? ctx.lineOf.get(promotion.params.partnerProductId) : undefined;
  return partner ? [line.index, partner.index] : [line.index];
}

/**
 * The best choice of at most one promotion per line (promotions never stack on each other) and of
 * the coupon. Every combination is priced whole, because choices interact through shared stock
 * (gifts, bundle partners) and the coupon's base and minimum spend. A cart with more than
 * MAX_EXHAUSTIVE_CHOICES combinations — far beyond a real basket of near-expiry deals — is decided
 * greedily instead, line by line in cart order: still deterministic, so every channel agrees,
 * but it may miss a combination that only pays off through the coupon.
 */
export function chooseBest(
  ctx: PricingContext,
  candidates: readonly (readonly ActivePromotion[])[],
  coupons: readonly PresentedCoupon[],
): Choice {
  const sortedCoupons = [...coupons].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const price = (owners: Owners) => evaluate(ctx, owners, sortedCoupons);
  let combinations = 1;
  for (const options of candidates) combinations *= options.length + 1;
  return combinations <= MAX_EXHAUSTIVE_CHOICES
    ? exhaustive(ctx, candidates, price)
    : greedy(ctx, candidates, price);
}

function exhaustive(
  ctx: PricingContext,
  candidates: readonly (readonly ActivePromotion[])[],
  price: (owners: Owners) => Choice,
): Choice {
  const owners: (ActivePromotion | null)[] = ctx.lines.map(() => null);
  const search = (line: ContextLine | undefined): Choice => {
    if (!line) return price([...owners]);
    const next = ctx.lines[line.index + 1];
    // Already taken as a bundle's partner.
    if (owners[line.index]) return search(next);
    let best = search(next);
    for (const promotion of candidates[line.index] ?? []) {
      const claimed = claims(ctx, line, promotion);
      if (claimed.some((index) => owners[index])) continue;
      for (const index of claimed) owners[index] = promotion;
      const choice = search(next);
      for (const index of claimed) owners[index] = null;
      if (compareChoices(choice, best) < 0) best = choice;
    }
    return best;
  };
  return search(ctx.lines[0]);
}

function greedy(
  ctx: PricingContext,
  candidates: readonly (readonly ActivePromotion[])[],
  price: (owners: Owners) => Choice,
): Choice {
  let best = price(ctx.lines.map(() => null));
  for (const line of ctx.lines) {
    const current = best.owners;
    if (current[line.index]) continue;
    for (const promotion of candidates[line.index] ?? []) {
      const claimed = claims(ctx, line, promotion);
      if (claimed.some((index) => current[index])) continue;
      const owners = [...current];
      for (const index of claimed) owners[index] = promotion;
      const choice = price(owners);
      if (compareChoices(choice, best) < 0) best = choice;
    }
  }
  return best;
}
